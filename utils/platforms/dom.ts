/** Parses "500+", "999+", "1.234", "1,234", "187" into a contact count. Pure. */
export function parseCount(raw: string): { count: number; atLeast: boolean } | undefined {
  const m = /(\d{1,3}(?:[.,\u202F\u00A0 ]\d{3})+|\d+)\s*(\+)?/.exec(raw);
  if (!m?.[1]) return undefined;
  const count = Number(m[1].replace(/[.,\u202F\u00A0 ]/g, ''));
  return Number.isFinite(count) ? { count, atLeast: m[2] === '+' } : undefined;
}

/**
 * The elements that are not inside another of them, once each, in document order. Linear in the number of
 * elements times their depth (lists of 1,000 cards are read again on every infinite-scroll growth). Pure.
 */
export function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  const kept = [...set].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
  // querySelectorAll gives document order already; only other sources need the sort.
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING (a constant, so it also works where Node is not a global).
  const ordered = kept.every((el, i) => i === 0 || (kept[i - 1]!.compareDocumentPosition(el) & 4) !== 0);
  return ordered ? kept : kept.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
