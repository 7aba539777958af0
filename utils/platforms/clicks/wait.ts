/**
 * Resolves true as soon as `done()` holds (checked now and after every change to the document), false when
 * `ms` pass first. Bounded: a flow never waits on the page for ever.
 */
export function waitUntil(doc: Document, done: () => boolean, ms: number): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  const view = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    const finish = (value: boolean) => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(value);
    };
    const observer = new view.MutationObserver(() => {
      if (done()) finish(true);
    });
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = view.setTimeout(() => finish(done()), ms);
  });
}

/** Dialogs that are open now (the platforms' confirm and report forms). */
export function openDialogs(doc: Document): Element[] {
  return [...doc.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]')].filter((d) => !d.closest('[hidden], [aria-hidden="true"]'));
}
