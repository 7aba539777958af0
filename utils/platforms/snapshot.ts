import type { Platform } from '../model/base';

/**
 * What a profile reader needs of a page besides its main landmark (issue 15: the parse runs in the extension, not in
 * the page, so the page pays only for this copy). Everything any parser reads outside `main`: the title, metas,
 * canonical link, embedded data (ld+json, JSON scripts, Voyager `<code>` islands), challenge frames, first-level
 * headings, and the navigation whose links name the viewer (the own-profile and own-message checks).
 */
export const SNAPSHOT_EXTRAS: Record<Platform, string> = {
  linkedin: [
    'title',
    'meta[content]',
    'link[rel="canonical"]',
    'script[type="application/ld+json"]',
    'script[type="application/json"]',
    'code',
    'iframe',
    'h1',
    '#global-nav',
    'header[componentkey="GlobalNav"]',
    'nav[aria-label]',
  ].join(', '),
  xing: ['title', 'meta[content]', 'link[rel="canonical"]', 'script[type="application/ld+json"]', 'h1', '[data-testid="me-menu-profile"][href]', 'a.myxing-profile-link[href]', 'a[href*="/profile/"]'].join(', '),
};

const MAIN = 'main';
const MAIN_ROLE = '[role="main"]';

/**
 * A copy of the page as HTML that every reader of `platform` parses to the same result as the live page: the html
 * and body start tags, what the head and body hold of SNAPSHOT_EXTRAS (in document order), and the main landmark
 * whole. A page without a main landmark is copied whole. Pure (reads the document, changes nothing).
 */
export function takeSnapshot(doc: Document, platform: Platform): string {
  const body = doc.body;
  const main = body?.querySelector(MAIN) ?? body?.querySelector(MAIN_ROLE);
  const html = doc.documentElement;
  const head: string[] = [];
  const before: string[] = [];
  const after: string[] = [];
  let last: Element | null = null;
  for (const el of html.querySelectorAll(SNAPSHOT_EXTRAS[platform])) {
    if (last?.contains(el)) continue; // inside an extra already copied
    if (main && main.contains(el)) continue;
    if (!main && body?.contains(el)) continue; // the body is copied whole
    last = el;
    if (!body?.contains(el)) head.push(el.outerHTML);
    else if (main && main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) before.push(el.outerHTML);
    else after.push(el.outerHTML);
  }
  const content = main ? before.join('') + main.outerHTML + after.join('') : body?.innerHTML ?? '';
  return `<!DOCTYPE html>${startTag(html)}<head>${head.join('')}</head>${body ? startTag(body) : '<body>'}${content}</body></html>`;
}

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of el.attributes) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
