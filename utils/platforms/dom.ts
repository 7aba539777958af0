/** Parses "500+", "999+", "1.234", "1,234", "187" into a contact count. Pure. */
export function parseCount(raw: string): { count: number; atLeast: boolean } | undefined {
  const m = /(\d{1,3}(?:[.,\u202F\u00A0 ]\d{3})+|\d+)\s*(\+)?/.exec(raw);
  if (!m?.[1]) return undefined;
  const count = Number(m[1].replace(/[.,\u202F\u00A0 ]/g, ''));
  return Number.isFinite(count) ? { count, atLeast: m[2] === '+' } : undefined;
}
