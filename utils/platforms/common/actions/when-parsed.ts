/**
 * Runs `start` once the document is parsed (the list is in the DOM then): at once when it is already, else at
 * DOMContentLoaded. The pills are registered at document_start, so the browser compiles their script while the
 * page is still parsing, and they start the moment the list is there instead of after a later injection.
 */
export function whenParsed(doc: Document, start: () => void): void {
  if (doc.readyState !== 'loading') return start();
  doc.addEventListener('DOMContentLoaded', () => start(), { once: true });
}
