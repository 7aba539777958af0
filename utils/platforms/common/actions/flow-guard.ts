// One flow per person at a time in this tab: a second click for the same person (a second badge the site mounted
// for a re-rendered card, a double press) while the first flow still waits on the page would click every control
// of the platform twice (a second click on "…" closes the menu again) and record every step twice.

const running = new WeakMap<Document, Set<string>>();

/**
 * Runs `flow` unless a flow for this person (profile key) runs in this document already; then `busy()` answers and
 * nothing is clicked. The guard is released when the flow ends, also when it throws.
 */
export async function oneFlowPerPerson<T>(doc: Document, key: string, flow: () => Promise<T>, busy: () => T): Promise<T> {
  let keys = running.get(doc);
  if (!keys) running.set(doc, (keys = new Set()));
  if (keys.has(key)) return busy();
  keys.add(key);
  try {
    return await flow();
  } finally {
    keys.delete(key);
  }
}
