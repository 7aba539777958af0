import { HOSTS, hostNodes, IS_HOST, type DomNode } from '../../../scripts/lib/our-hosts';

/**
 * In the page's main world: the site's own reactions to clicks on a fixture request list (the saved pages run no
 * script of their own), and a log of every click with the profile the clicked control's card belongs to.
 * Decline/Ignore/Accept remove the card after a short delay, the "more" button opens the card's menu, a
 * report item closes its menu at once and then asks to confirm in a dialog naming the person (its "Report" button
 * closes it). `window.__clicks` lists { owner, label } per click (a dialog's clicks belong to the person it names).
 */
export const SIMULATE_SITE = `(() => {
  const isHost = ${IS_HOST};
  const inHost = (node) => { for (; node; node = node.parentElement) if (isHost(node)) return true; return false; };
  const CARD = 'li[data-testid="contact-request-card"], [role="listitem"], li.invitation-card';
  const keyOf = (el) => {
    const card = el.closest(CARD) || el.closest('[role="dialog"]');
    const a = card && card.querySelector('a[href*="/profile/"], a[href*="/in/"]');
    return a ? (a.getAttribute('href').match(/\\/(profile|in)\\/([^/?#]+)/) || [])[2] : null;
  };
  window.__clicks = [];
  document.addEventListener('click', (event) => {
    const el = event.target.closest('button, [role="menuitem"], a');
    if (!el || inHost(el)) return;
    const label = (el.getAttribute('aria-label') || el.textContent || '').trim();
    window.__clicks.push({ owner: keyOf(el), label });
    const card = el.closest(CARD);
    if (el.getAttribute('role') === 'menuitem') el.closest('[role="menu"]').hidden = true; // a menu closes at once when an item is chosen
    setTimeout(() => {
      if (el.getAttribute('aria-haspopup') === 'menu') {
        document.getElementById(el.getAttribute('aria-controls')).hidden = false;
        el.setAttribute('aria-expanded', 'true');
      } else if (el.getAttribute('role') === 'menuitem') {
        // The menu closed when the item was chosen (above); the site then asks to confirm the report in a dialog.
        const person = card && card.querySelector('a[href*="/profile/"], a[href*="/in/"]');
        const dialog = document.createElement('div');
        dialog.setAttribute('role', 'dialog');
        const link = document.createElement('a');
        link.setAttribute('href', person ? person.getAttribute('href') : '#');
        link.textContent = person ? person.textContent : '';
        const yes = document.createElement('button');
        yes.textContent = 'Report';
        yes.addEventListener('click', () => setTimeout(() => dialog.remove(), 60));
        dialog.append(link, yes);
        document.body.append(dialog);
      } else if (/^(accept|decline|ignore|annehmen|ablehnen|ignorieren)|(annehmen|ablehnen|ignorieren)$/i.test(label) && card) {
        card.remove();
      }
    }, 60);
  }, true);
  return true;
})()`;

/** In the page: the i-th of our host elements whose card links to this profile (-1 if none). */
export const badgeIndexScript = (key: string) => `${HOSTS}.findIndex((h) => !!h.parentElement && !!h.parentElement.querySelector('a[href*="${key}"]'))`;

/** The text inside each of our closed shadow roots, read through the DevTools protocol (the page cannot), in the order of HOSTS. */
export async function closedRootTexts(page: import('playwright-core').Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const text = (node: DomNode): string =>
    node.nodeName === 'STYLE' ? '' : (node.nodeType === 3 ? node.nodeValue ?? '' : '') + [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
  try {
    return (await hostNodes(cdp)).map((host) => (host.shadowRoots ?? []).map(text).join(' ').replace(/\s+/g, ' ').trim());
  } finally {
    await cdp.detach();
  }
}

/** The kind of each host's shadow root, over the protocol (the page sees `shadowRoot` null for both none and closed). */
export async function hostRootTypes(page: import('playwright-core').Page): Promise<(string | undefined)[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await hostNodes(cdp)).map((host) => host.shadowRoots?.[0]?.shadowRootType);
  } finally {
    await cdp.detach();
  }
}

/** In the page: every element whose tag or attribute names us (a page script could find those with one selector). */
export const NAMING_US = `[...document.querySelectorAll('*')].filter((e) => /handschlag/i.test(e.localName) || [...e.attributes].some((a) => /handschlag/i.test(a.name + a.value))).map((e) => e.localName)`;
