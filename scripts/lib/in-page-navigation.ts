/**
 * Runs in a site page's own world: what a single-page app does on a link click. The URL changes by pushState
 * (when `path` is given), and the body and title become the other page's. Self-contained, so Playwright's and
 * Puppeteer's `evaluate` can both send it (one tuple argument).
 */
export function showInPlace([html, path]: readonly [string, string | null]): void {
  const next = new DOMParser().parseFromString(html, 'text/html');
  if (path) history.pushState({}, '', path);
  document.title = next.title;
  document.body.replaceWith(document.adoptNode(next.body));
}
