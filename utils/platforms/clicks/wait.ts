import { isHidden } from './accessible';

/**
 * Resolves with the first value `check()` gives (checked now, after every change to the document and every
 * `pollMs`), or with what it gives once more when `ms` pass first (undefined: nothing happened). Bounded: a flow never
 * waits on the page for ever. The poll sees what changes no node: an in-page navigation, a state that must last a while.
 */
export function waitFor<T>(doc: Document, check: () => T | undefined, ms: number, pollMs = 100): Promise<T | undefined> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  const view = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: T | undefined) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      view.clearTimeout(timer);
      view.clearInterval(poll);
      resolve(value);
    };
    const again = () => {
      const value = check();
      if (value !== undefined) finish(value);
    };
    const observer = new view.MutationObserver(again);
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const poll = view.setInterval(again, Math.max(1, Math.min(pollMs, ms)));
    const timer = view.setTimeout(() => finish(check()), ms);
  });
}

/** True as soon as `done()` holds, false when `ms` pass first (see waitFor). */
export async function waitUntil(doc: Document, done: () => boolean, ms: number): Promise<boolean> {
  return (await waitFor(doc, () => (done() ? true : undefined), ms)) === true;
}

/** Dialogs that are open now (the platforms' confirm and report forms); a lightbox hidden by a style sheet is not open. */
export function openDialogs(doc: Document): Element[] {
  return [...doc.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]')].filter((d) => !isHidden(d));
}
