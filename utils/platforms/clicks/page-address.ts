/** The page's address without its fragment: following "#…" (a lightbox, a dropdown toggle) stays on the same page. */
export function addressOf(doc: Document): string {
  return (doc.location?.href ?? doc.URL).split('#')[0]!;
}

/**
 * Whether a click on this control loads another page: a link to another address (or into a new tab), or the submit
 * button of a form with its own action. The content script ends with the page (or the new tab acts out of sight),
 * so the step could never be confirmed: a flow leaves such a control to the user.
 */
export function loadsPage(control: Element): boolean {
  const here = addressOf(control.ownerDocument);
  const link = control.closest('a[href]');
  if (link) {
    const href = link.getAttribute('href')!.trim();
    if (/^javascript:/i.test(href)) return false;
    if (/^_blank$/i.test(link.getAttribute('target') ?? '')) return true;
    if (!href || href.startsWith('#')) return false;
    try {
      return new URL(href, here).href.split('#')[0] !== here;
    } catch {
      return false;
    }
  }
  const tag = control.tagName.toLowerCase();
  const type = (control.getAttribute('type') ?? (tag === 'button' ? 'submit' : '')).toLowerCase();
  if ((tag !== 'button' && tag !== 'input') || type !== 'submit') return false;
  return !!control.closest('form')?.hasAttribute('action');
}
