/**
 * Remembers the answers of a pure string function. Parsers resolve the same links again on every re-read
 * of a growing list; the cache is emptied when it reaches `limit` entries, so it never grows without bound.
 */
export function memoString<R>(fn: (key: string) => R, limit = 5000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
