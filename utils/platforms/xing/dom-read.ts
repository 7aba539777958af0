import { cleanMultiline, cleanText } from '../../text/clean';
import { memoString } from '../../text/memo';
import { xingDetectors } from './urls';
import { CHROME, NOT_IN_PAGE } from './selectors';

// Small, pure DOM readers shared by the XING parsers. They only read the page (no innerHTML, no change to it: text
// without its skipped parts comes from a copy in an inert document, where nothing loads or runs) and work the
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

/** Whether any of the selectors matches: one scan of the page, not one per selector (a list page is read at every growth). */
export const anyMatches = (root: ParentNode, selectors: readonly string[]): boolean => selectors.length > 0 && root.querySelector(selectors.join(', ')) !== null;

/** Elements matching the selectors (tried in order; the first selector that matches anything wins). */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll(selector)];
    if (found.length) return found;
  }
  return [];
}

/** True when el is part of the page's content: not in the site's chrome, not in a side bar of other people. */
export const inPage = (el: Element): boolean => el.closest(NOT_IN_PAGE) === null;

/**
 * `inPage` for many elements of one read of the page, with the same answers: an element is in the page when it is
 * not chrome or a side bar itself and its parent is in the page. Each ancestor is asked once, so 1,000 cards of one
 * list cost 1,000 `matches` instead of 1,000 walks up to the document's root.
 */
export function inPageAsked(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const ask = (el: Element): boolean => {
    let answer = known.get(el);
    if (answer === undefined) {
      const parent = el.parentElement;
      answer = !el.matches(NOT_IN_PAGE) && (parent ? ask(parent) : true);
      known.set(el, answer);
    }
    return answer;
  };
  return ask;
}

/** The first element for the selectors (tried in order) inside scope that is part of the page's content. */
export function firstInPage(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of scope.querySelectorAll(selector)) if (inPage(el)) return el;
  }
  return null;
}

/** True when el sits in the site header, navigation, footer, a dialog or a menu. */
export function inChrome(el: Element): boolean {
  return el.closest(CHROME) !== null;
}

/**
 * Cleaned text of el, leaving out the subtrees that match `skip` (and always scripts, styles, templates).
 * `skip` must not depend on el's ancestors (it is matched inside a detached copy).
 */
export function textExcept(el: Element | null | undefined, skip?: string): string {
  return el ? cleanText(flatText(el, skip, false)) : '';
}

/**
 * Text of el with line breaks kept: `<br>` and block boundaries become newlines; a source newline right after
 * a `<br>` is not counted twice. Cleaned with cleanMultiline.
 */
export function multilineText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  return cleanMultiline(flatText(el, skip, true).replace(/\u2028[ \t]*\n?/g, '\n'));
}

const NEVER_TEXT = 'script, style, template';
const BLOCKS = 'p, div, li, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6, section, article, figure, table, tr';

let inertDocument: Document | undefined;
const inert = (el: Element): Document => (inertDocument ??= el.ownerDocument.implementation.createHTMLDocument(''));

/**
 * The text of el's descendants without the skipped subtrees, with a separator around every block (a space, or
 * a newline in `lines` mode) and for every `<br>` (a space, or U+2028 to be told from source newlines).
 * Done on an inert copy so that only the elements that matter are touched from script: visiting every node
 * would make the browser create a wrapper for each, which is most of a profile read's cost in a new tab.
 */
function flatText(el: Element, skip: string | undefined, lines: boolean): string {
  const special = el.querySelector(`${skip ? `${skip}, ` : ''}${NEVER_TEXT}, br, ${BLOCKS}`);
  if (!special) return el.textContent ?? '';
  // The copy lives in a document without a browsing context: nothing in it loads (a clone in the page's own
  // document would fetch its images again, a request the page can see), runs or fires handlers.
  const copy = inert(el).importNode(el, true);
  for (const gone of copy.querySelectorAll(skip ? `${skip}, ${NEVER_TEXT}` : NEVER_TEXT)) gone.remove();
  for (const br of copy.querySelectorAll('br')) br.replaceWith(lines ? '\u2028' : ' ');
  const edge = lines ? '\n' : ' ';
  for (const block of copy.querySelectorAll(BLOCKS)) {
    block.before(edge);
    block.after(edge);
  }
  return copy.textContent ?? '';
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
