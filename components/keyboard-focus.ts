// The two rules every keyboard path of the UI follows: when the focus counts as taken away, and where the arrow
// keys move a roving focus (one Tab stop for a list: the popup's requests, the dashboard's Requests table).

/**
 * Whether the keyboard focus was taken away (an action removed or moved its element): on the page's body, or on an
 * element no longer in the page. Focus the user put somewhere else is not lost. Pure but for the document.
 */
export function focusLost(doc: Document = document): boolean {
  const focused = doc.activeElement;
  return !focused || focused === doc.body || !focused.isConnected;
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** Where ArrowDown/ArrowUp/Home/End move a roving focus among `count` items from `index`, kept in range; undefined for other keys. Pure. */
export function rovingIndex(key: string, index: number, count: number): number | undefined {
  const step = STEPS[key];
  return step ? Math.max(0, Math.min(count - 1, step(index, count))) : undefined;
}
