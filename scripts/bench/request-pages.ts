import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { fixture, type Site } from '../lib/fixture-manifest';
import { HOSTS_IN } from '../lib/our-hosts';
import { FIXTURES_DIR, type ServedPage } from '../lib/site-server';

// In a page or in happy-dom: clones the list's last card `count` times with new profile keys and names.
const CLONE_CARDS = `(count, offset, linkPart) => {
  const keyOf = (a) => (a.getAttribute('href').match(/\\/(profile|in)\\/([^/?#]+)/) || [])[2];
  const links = [...document.querySelectorAll('a[href*="' + linkPart + '"]')].filter((a) => a.closest('main, [role="main"]'));
  const last = links.at(-1);
  const key = keyOf(last);
  let card = last;
  for (let node = last.parentElement; node && node.tagName !== 'MAIN' && node.getAttribute('role') !== 'main'; node = node.parentElement) {
    if (new Set([...node.querySelectorAll('a[href]')].map(keyOf).filter(Boolean)).size > 1) break;
    card = node;
  }
  let anchor = card;
  for (let i = 0; i < count; i++) {
    const copy = card.cloneNode(true);
    // A site renders new cards without our badge hosts (a copied host would be an empty, dead one).
    for (const host of ${HOSTS_IN}(copy)) host.remove();
    const n = offset + i;
    for (const a of copy.querySelectorAll('a[href]')) if (keyOf(a) === key) a.setAttribute('href', a.getAttribute('href').replace(key, key + 'x' + n));
    anchor.after(copy);
    anchor = copy;
  }
}`;

function grow(file: string, count: number, linkPart: string, url: string): string {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const document = window.document;
  document.write(readFileSync(resolve(FIXTURES_DIR, file), 'utf8'));
  const fn = new window.Function('document', `return (${CLONE_CARDS})`)(document) as (c: number, o: number, l: string) => void;
  fn(count, 0, linkPart);
  const html = `<!doctype html>${document.documentElement.outerHTML}`;
  void window.happyDOM.close();
  return html;
}

function realPage(file: string): ServedPage {
  const entry = fixture('linkedin', file);
  return { url: entry.url, file: `linkedin/${entry.file}` };
}

/**
 * The XING list grown to each of `counts` cards, served at the list's URL with a query of its own: each a superset
 * of the one before (cards are numbered alike), so a visit in this order finds exactly the cards added since.
 */
export function xingListsOf(counts: readonly number[]): ServedPage[] {
  const xingList = 'https://www.xing.com/contacts/requests';
  const requests = fixture('xing', 'requests-received-2025-de.html').expect.requests ?? [];
  const last = `/profile/${requests.at(-1)!.key}`;
  return counts.map((count) => ({ url: `${xingList}?bench=${count}`, html: grow('xing/requests-received-2025-de.html', count - requests.length, last, xingList) }));
}

/** Fixture profiles, and request lists grown to 100 cards (XING and LinkedIn), plus steps to 1,000 by scroll. */
export async function buildRequestPages() {
  const xingList = 'https://www.xing.com/contacts/requests';
  const linkedinList = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
  const requestsIn = (site: Site, file: string) => fixture(site, file).expect.requests ?? [];
  const xingRequests = requestsIn('xing', 'requests-received-2025-de.html');
  const linkedinRequests = requestsIn('linkedin', 'invitations-received-2026-en.html');
  // Clone the list's own last card (sidebars also link to profiles).
  const xingLast = `/profile/${xingRequests.at(-1)!.key}`;
  const linkedinLast = `/in/${encodeURIComponent(linkedinRequests.at(-1)!.key)}`;
  const pages: (ServedPage & { label: string; reload?: boolean })[] = [
    { label: 'XING profile (2025, de)', url: 'https://www.xing.com/profile/Annika_Boehm3', file: 'xing/profile-2025-de.html' },
    { label: 'LinkedIn profile (2024, en)', url: 'https://www.linkedin.com/in/amelia-hartmann-4f7e2a91/', file: 'linkedin/profile-2024-en.html' },
    { label: 'XING request list with 100 requests', url: xingList, html: grow('xing/requests-received-2025-de.html', 100 - xingRequests.length, xingLast, xingList) },
    { label: 'LinkedIn invitation list with 100 requests', url: linkedinList, html: grow('linkedin/invitations-received-2026-en.html', 100 - linkedinRequests.length, linkedinLast, linkedinList) },
    // A real page at its real size (297 kB, 2024 logged-out view), beside the made-up ones. Loaded in new tabs
    // only: on reloads of this page (a dozen blocked sign-in iframes) Chromium's trace mostly shows none of the
    // content script's work although it runs (its isolated world is created each time).
    { label: 'LinkedIn profile, real saved page (2024 guest view)', ...realPage('real/guest_public-profile_author-own_2024-05.html'), reload: false },
  ];
  const list1000Steps = Array.from({ length: 9 }, (_, i) => `(${CLONE_CARDS})(100, ${1000 + i * 100}, ${JSON.stringify(xingLast)})`);
  return { pages, list100: pages[2]!, list1000Steps };
}
