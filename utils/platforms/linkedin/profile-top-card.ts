import { cleanText } from '../../text/clean';
import { firstOf } from '../parse-result';
import { isOutsideContent, slugFromHref, textBlocks, type TextBlock, visibleText } from './dom-text';
import { plausibleName } from './label-check';
import {
  ABOUT_LINK,
  CONTACT_INFO_LINK,
  H1,
  MAIN,
  MAYBE_NOT_OWNER,
  NOT_CONTENT,
  SECTION,
  SECTION_HEADING,
  SIDEBAR_PEOPLE,
  SIDEBAR_TITLES,
  TITLE,
  TITLE_COUNTER,
  TITLE_PARTS,
  TITLE_SUFFIX,
  TOP_CARD_KEY,
} from './selectors';

// Where the profile's own person is: the main landmark, its top card, and the name in it.

/** The main landmark, never one inside a side bar or dialog. */
export function findMain(root: Document): Element | undefined {
  for (const selector of MAIN) {
    for (const el of root.querySelectorAll(selector)) if (!el.parentElement?.closest(NOT_CONTENT)) return el;
  }
  return undefined;
}

/** Links inside `scope` that point at the profile's own slug with one of the given selectors. */
export function ownerLinks(scope: ParentNode, slug: string, selector: string): Element[] {
  return [...scope.querySelectorAll(selector)].filter((a) => slugFromHref(a.getAttribute('href')) === slug);
}

/** Side-bar people ("People also viewed" inside main on guest pages) and everything outside content. */
export function isNotOwnerArea(el: Element): boolean {
  if (!el.matches(MAYBE_NOT_OWNER)) return false; // most elements: one native check
  if (isOutsideContent(el) || el.matches(SIDEBAR_PEOPLE)) return true;
  if (el.matches(SECTION)) {
    const heading = el.querySelector(SECTION_HEADING);
    if (heading && SIDEBAR_TITLES.test(visibleText(heading))) return true;
  }
  return false;
}

/**
 * The top card: the 2026 SDUI `componentkey …Topcard` section, else the section holding the owner's
 * "about this profile" / contact-info link, else the section of the main heading (2024, guest).
 */
export function findTopCard(main: Element, slug: string): Element | undefined {
  return firstOf<Element>([
    () => [...main.querySelectorAll(TOP_CARD_KEY)].find((el) => !el.closest(NOT_CONTENT)),
    () => (contentLink(main, slug, ABOUT_LINK) ?? contentLink(main, slug, CONTACT_INFO_LINK))?.closest(SECTION),
    () => mainHeading(main)?.closest(SECTION),
  ]);
}

/** The first owner link of `selector` in main outside dialogs and side bars (a sign-in dialog links to the owner too). */
function contentLink(main: Element, slug: string, selector: string): Element | undefined {
  return ownerLinks(main, slug, selector).find((a) => !insideSkipped(a, main));
}

/** The first `h1` of main outside dialogs and side bars. */
function mainHeading(main: Element): Element | undefined {
  return [...main.querySelectorAll(H1)].find((h) => !insideSkipped(h, main));
}

/** True when an ancestor of `el` (below `stop`) is a dialog, side bar or other non-owner area. */
export function insideSkipped(el: Element, stop: Element): boolean {
  for (let up = el.parentElement; up && up !== stop; up = up.parentElement) if (isNotOwnerArea(up)) return true;
  return false;
}

/** The document title without the unread counter and site suffix: "(7) Jörg Müller | LinkedIn" → "Jörg Müller". */
export function titleName(root: Document): string | undefined {
  const title = cleanText(root.querySelector(TITLE)?.textContent).replace(TITLE_COUNTER, '').replace(TITLE_SUFFIX, '');
  return plausibleName(title.split(TITLE_PARTS)[0]);
}

/** Text blocks of the top card, side-bar people and dialogs left out. */
export function cardBlocks(scope: Element): TextBlock[] {
  return textBlocks(scope, isNotOwnerArea);
}
