/**
 * The page to show once a list answered: the same one, or, when it now starts past the end (its last person was
 * deleted or merged away), the last page that has people (the first when none is left). Null: keep the answer as it
 * is. Pure.
 */
export function offsetWithin(offset: number, shown: number, total: number, pageSize: number): number | null {
  if (shown > 0 || offset === 0 || offset < total) return null;
  return Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
}
