import { memoString } from '../../text/memo';
import { cleanMultiline, cleanText } from '../../text/clean';
import { decodeSegment } from '../page-types';
import { HEADINGS, INLINE_TAGS, MAYBE_OUTSIDE_CONTENT, NOT_CONTENT, PROFILE_HOST, SKIPPED, SKIPPED_OR_TWIN } from './selectors';

// DOM reading helpers for LinkedIn pages. They work on any Document (DOMParser in tests, the live page in the
// browser), read only attributes and text, and never depend on class names except the legacy a11y classes,
// which are a shortcut for what the twin check finds anyway.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'DL', 'DT', 'DD', 'FIGURE', 'MAIN']);

/** True for subtrees whose text is never content: controls, dialogs, embedded data, hidden a11y twins. */
export function isSkipped(el: Element): boolean {
  // One native check first: most elements are plain content and match none of it.
  return el.matches(SKIPPED_OR_TWIN) && skippedWhenMatched(el);
}

/** isSkipped for an element that matched SKIPPED_OR_TWIN: the parts a selector cannot decide. */
function skippedWhenMatched(el: Element): boolean {
  // A control wrapping a heading (the guest page's name is `<button><h1>…</h1></button>` [FIX-G]) is content.
  if (el.matches(SKIPPED)) return !(el.tagName.toUpperCase() === 'BUTTON' && el.querySelector(HEADINGS) !== null);
  return isA11yTwin(el);
}

/**
 * LinkedIn renders visible text as `aria-hidden="true"` and repeats it for screen readers next to it.
 * The repeat is the element that is not aria-hidden and has an aria-hidden neighbour with the same text.
 */
function isA11yTwin(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return false;
  const hidden = [el.previousElementSibling, el.nextElementSibling].filter((sib) => sib?.getAttribute('aria-hidden') === 'true');
  if (!hidden.length) return false;
  const own = el.textContent ?? '';
  if (own.length > 400 || !own.trim()) return false;
  return hidden.some((sib) => cleanText(sib?.textContent) === cleanText(own));
}

/** Also skips regions that never hold the page's subject (side bars, navigation, dialogs). */
export function isOutsideContent(el: Element): boolean {
  // One native check first: most elements match none of it.
  return el.matches(MAYBE_OUTSIDE_CONTENT) && (el.matches(NOT_CONTENT) || isSkipped(el));
}

/** Visible text of an element (its descendants are filtered, the element itself is not), cleaned to one line. */
export function visibleText(el: Element | null | undefined, skip: (el: Element) => boolean = isSkipped): string {
  return el ? cleanText(collect(el, skip, false)) : '';
}

/** Visible text keeping line and paragraph breaks (`<br>`, block elements), for notes and messages. */
export function multilineText(el: Element | null | undefined, skip: (el: Element) => boolean = isSkipped): string {
  return el ? cleanMultiline(collect(el, skip, true)) : '';
}

function collect(root: Element, skip: (el: Element) => boolean, lines: boolean): string {
  // Text only (a name, a location): the walk would give textContent. Read natively then: visiting nodes from
  // script makes the browser wrap each one, which is much of a profile read's cost in a new tab.
  if (root.firstElementChild === null) return root.textContent ?? '';
  let out = '';
  // A block boundary is one line break (or a space); `<br>` always adds its own, so `<br><br>` stays a paragraph.
  const boundary = () => {
    if (!lines) out += ' ';
    else if (!/\n[ \t]*$/.test(out)) out += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') {
          out += lines ? '\n' : ' ';
          continue;
        }
        if (skip(el)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) boundary();
        walk(el);
        if (block) boundary();
      }
    }
  };
  walk(root);
  return out;
}

/** A run of text as the page lays it out: the element that owns it and its cleaned text. */
export interface TextBlock {
  el: Element;
  text: string;
}

/**
 * The text blocks inside `scope` in document order. A block is the element holding a run of text, grown
 * over inline wrappers (`<span><strong>500+</strong> connections</span>` is one block); blocks never nest.
 */
export function textBlocks(scope: Element, skip: (el: Element) => boolean = isOutsideContent): TextBlock[] {
  const owners: Element[] = [];
  const seen = new Set<Element>();
  const own = (node: Element) => {
    const owner = ownerOf(node, scope);
    if (!seen.has(owner)) {
      seen.add(owner);
      owners.push(owner);
    }
  };
  const walk = (node: Element) => {
    // An element without element children (most text sits in one) has only text of its own: read natively
    // rather than visiting its text nodes, each of which the browser would wrap for the script.
    if (node.firstElementChild === null) {
      if ((node.textContent ?? '').trim()) own(node);
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if ((child.nodeValue ?? '').trim()) own(node);
      } else if (child.nodeType === ELEMENT_NODE && !skip(child as Element)) {
        walk(child as Element);
      }
    }
  };
  walk(scope);
  const blocks: TextBlock[] = [];
  for (const el of owners) {
    if (hasAncestorIn(el, seen, scope)) continue;
    const text = visibleText(el, skip);
    if (text) blocks.push({ el, text });
  }
  return blocks;
}

function ownerOf(parent: Element, scope: Element): Element {
  let owner = parent;
  while (owner !== scope && owner.parentElement && owner.parentElement !== scope) {
    const up = owner.parentElement;
    if (!hasOwnText(up) && !INLINE_TAGS.has(owner.tagName.toUpperCase())) break;
    owner = up;
  }
  return owner;
}

function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim()) return true;
  }
  return false;
}

function hasAncestorIn(el: Element, set: Set<Element>, scope: Element): boolean {
  for (let up = el.parentElement; up && up !== scope; up = up.parentElement) if (set.has(up)) return true;
  return false;
}

/** The decoded `/in/<slug>` of a LinkedIn member link, or undefined (other hosts, `/in/me`, no slug). */
export function slugFromHref(href: string | null | undefined): string | undefined {
  return href ? slugOfLink(href) : undefined;
}

const slugOfLink = memoString((href: string): string | undefined => {
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return undefined;
  }
  if (!PROFILE_HOST.test(url.hostname)) return undefined;
  const m = /^\/in\/([^/?#]+)/.exec(url.pathname);
  const slug = m?.[1] ? cleanText(decodeSegment(m[1])) : '';
  return slug && slug !== 'me' ? slug : undefined;
});

/** First element matching any of the selectors, in the order given (not document order). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return undefined;
}

/** The first capture group of the first pattern that matches the (cleaned) text. */
export function matchName(text: string | null | undefined, patterns: readonly RegExp[]): string | undefined {
  const clean = cleanText(text);
  for (const re of patterns) {
    const name = cleanText(re.exec(clean)?.[1]);
    if (name) return name;
  }
  return undefined;
}
