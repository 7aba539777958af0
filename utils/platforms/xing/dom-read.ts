import { cleanMultiline, cleanText } from '../../text/clean';
import { memoString } from '../../text/memo';
import { xingDetectors } from './urls';
import { CHROME } from './selectors';

// Small, pure DOM readers shared by the XING parsers. They only read (no innerHTML, no mutation) and work the
// same on the live `document` and on a parsed fixture.

const profileDetector = xingDetectors.find((d) => d.type === 'xing.profile');

/** The XING page name a link points to (`/profile/<page_name>`, relative or absolute), or undefined. */
export function profileKeyOfHref(href: string | null | undefined, base: string): string | undefined {
  if (!href || !profileDetector) return undefined;
  return keyOfLink(`${base}\n${href}`);
}

const keyOfLink = memoString((baseAndHref: string): string | undefined => {
  const [base, href] = baseAndHref.split('\n') as [string, string];
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.hostname === 'xing.com') url.hostname = 'www.xing.com';
  return profileDetector?.test(url)?.key;
});

/** All links inside root that point to a profile, with their page names, in document order. */
export function profileLinks(root: ParentNode, base: string): { el: Element; key: string }[] {
  const out: { el: Element; key: string }[] = [];
  for (const el of root.querySelectorAll('a[href]')) {
    const key = profileKeyOfHref(el.getAttribute('href'), base);
    if (key) out.push({ el, key });
  }
  return out;
}

/** First element matching any of the selectors (tried in order) inside root. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Elements matching the selectors (tried in order; the first selector that matches anything wins). */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll(selector)];
    if (found.length) return found;
  }
  return [];
}

/** True when el sits in the site header, navigation, footer, a dialog or a menu. */
export function inChrome(el: Element): boolean {
  return el.closest(CHROME) !== null;
}

/** Cleaned text of el, leaving out the subtrees that match `skip` (and always scripts, styles, templates). */
export function textExcept(el: Element | null | undefined, skip?: string): string {
  return el ? cleanText(collect(el, skip, false)) : '';
}

/**
 * Text of el with line breaks kept: `<br>` and block boundaries become newlines; a source newline right after
 * a `<br>` is not counted twice. Cleaned with cleanMultiline.
 */
export function multilineText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  return cleanMultiline(collect(el, skip, true).replace(/\u2028[ \t]*\n?/g, '\n'));
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'FIGURE', 'TABLE', 'TR']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collect(node: Node, skip: string | undefined, lines: boolean): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      out += child.nodeValue ?? '';
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || (skip && el.matches(skip))) continue;
      if (tag === 'BR') {
        out += lines ? '\u2028' : ' ';
        continue;
      }
      const block = BLOCK.has(tag);
      const inner = collect(el, skip, lines);
      out += block ? (lines ? `\n${inner}\n` : ` ${inner} `) : inner;
    }
  }
  return out;
}

/**
 * Leaf-ish elements inside root whose whole cleaned text satisfies `test`: the deepest element that holds the
 * matching text (a `<span>` inside a `<p>` wins over the `<p>`). Skips site chrome.
 */
export function elementsWithText(root: ParentNode, tags: string, test: (text: string) => boolean): Element[] {
  const hits = [...root.querySelectorAll(tags)].filter((el) => !inChrome(el) && test(cleanText(el.textContent)));
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
}

/** The next element after el in document order that has visible text (its next sibling, or a parent's). */
export function nextWithText(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (cleanText(next.textContent)) return next;
    }
    if (at.parentElement && cleanText(at.parentElement.textContent) !== cleanText(at.textContent)) return null;
  }
  return null;
}

/** True when a comes before b in document order. */
export function isBefore(a: Node, b: Node): boolean {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING (a constant, so it also works where Node is not a global).
  return (a.compareDocumentPosition(b) & 4) !== 0;
}
