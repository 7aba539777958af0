/**
 * Runs `start` once the document is parsed (the list is in the DOM then): at once when it is already, else at
 * DOMContentLoaded. The pills may be registered for any point of the load (document_start shows them soonest, see
 * entrypoints/background/tab-actions.ts) and start the moment the list is there.
 */
export function whenParsed(doc: Document, start: () => void): void {
  if (doc.readyState !== 'loading') return start();
  doc.addEventListener('DOMContentLoaded', () => start(), { once: true });
}
