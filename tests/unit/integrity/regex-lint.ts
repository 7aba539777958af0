/**
 * Finds the shape of pattern that takes quadratic time on a long unbroken token: an alternative that can begin
 * with an unbounded repeat of a character class (`\d+`, `\S+`, `[^@]*`, `.+` …) and no anchor before it. The
 * engine tries such an alternative at every position of the token, and each try runs to the token's end. An
 * anchor (`^`, `\b`, a lookbehind) or a literal first character lets it start only where a token starts.
 * Approximate on purpose (an optional group before a repeat is not followed), and cheap: a test of the source.
 */
export function unanchoredRepeats(source: string): string[] {
  const found: string[] = [];
  const frames: { leading: boolean; atStart: boolean }[] = [{ leading: true, atStart: true }];
  const top = () => frames[frames.length - 1]!;
  let i = 0;
  const atom = (): string => {
    const c = source[i]!;
    if (c === '\\') {
      const m = /^\\[pP]\{[^}]*\}|^\\./.exec(source.slice(i))!;
      return m[0];
    }
    if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      return source.slice(i, j + 1);
    }
    return c;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '(') {
      const look = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      const head = /^\(\?(?:<?[=!]|:|<[A-Za-z]\w*>)?/.exec(source.slice(i))![0];
      if (look) top().atStart = false; // a lookaround anchors what follows
      frames.push({ leading: !look && top().leading && top().atStart, atStart: true });
      i += head.length;
      continue;
    }
    if (c === ')') {
      frames.pop();
      top().atStart = false;
      i += 1;
      continue;
    }
    if (c === '|') {
      top().atStart = true;
      i += 1;
      continue;
    }
    const a = atom();
    i += a.length;
    if (a === '^' || a === '\\b') {
      top().atStart = false;
      continue;
    }
    const classLike = a.startsWith('[') || a === '.' || /^\\[dDsSwWpP]/.test(a);
    const unbounded = /^(?:[+*]|\{\d+,\})/.test(source.slice(i));
    if (classLike && unbounded && top().leading && top().atStart) found.push(`${a}${source[i]} at ${i - a.length}`);
    top().atStart = false;
    if (/^[+*?]/.test(source.slice(i))) i += 1;
    else if (source[i] === '{') i = source.indexOf('}', i) + 1;
    if (source[i] === '?') i += 1;
  }
  return found;
}
