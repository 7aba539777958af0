export { fixture, fixtures, type FixtureEntry } from '../../../scripts/lib/fixture-manifest';

/** In-page code: `card` becomes the card of the profile link matching `hrefPart` (its largest ancestor linking to no one else). */
const FIND_CARD = (hrefPart: string) => `
    const link = [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href').includes(${JSON.stringify(hrefPart)}));
    if (!link) return false;
    const keyOf = (a) => (a.getAttribute('href').match(/\\/(profile|in)\\/([^/?#]+)/) || [])[2];
    let card = link;
    for (let node = link.parentElement; node && node !== document.body; node = node.parentElement) {
      const keys = new Set([...node.querySelectorAll('a[href]')].map(keyOf).filter(Boolean));
      if (keys.size > 1) break;
      card = node;
    }`;

/** In the page: removes the card of this profile, as a list re-rendered without it would. */
export function removeCardScript(hrefPart: string): string {
  return `(() => {${FIND_CARD(hrefPart)}
    card.remove();
    return true;
  })()`;
}

/** In the page: appends a copy of this profile's card for another person, as infinite scroll would. */
export function appendCardCopyScript(hrefPart: string, key: string, name: string): string {
  return `(() => {${FIND_CARD(hrefPart)}
    const copy = card.cloneNode(true);
    let oldName = '';
    for (const a of copy.querySelectorAll('a[href]')) {
      if (!keyOf(a)) continue;
      a.setAttribute('href', '/profile/' + ${JSON.stringify(key)});
      if (a.textContent.trim()) {
        oldName = oldName || a.textContent.trim();
        a.textContent = ${JSON.stringify(name)};
      }
    }
    // A new card names its own person everywhere: labels ("Accept Aylin's invitation"), titles and alt texts
    // too, or the reader rightly refuses it as naming someone else.
    const swap = (text) => oldName ? text.split(oldName).join(${JSON.stringify(name)}).split(oldName.split(' ')[0]).join(${JSON.stringify(name.split(' ')[0])}) : text;
    for (const el of [copy, ...copy.querySelectorAll('*')]) {
      for (const attr of ['aria-label', 'title', 'alt']) if (el.hasAttribute(attr)) el.setAttribute(attr, swap(el.getAttribute(attr)));
    }
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = swap(node.nodeValue);
    card.after(copy);
    return true;
  })()`;
}
