import { outermost } from '../dom';
import { elementsWithText, inPage, inPageAsked, profileLinks, queryAllFirst, queryFirst } from './dom-read';
import { REQUESTS, STRUCTURE, WORDS } from './selectors';
import { startsWithLabel } from './text';

// Where the request cards of a list page are: by data hook, else anchored on each card's one primary action
// (accept / withdraw: an old `op=confirm;name=…` href, a data hook or an aria-label), else by legacy class.

const ITEM = STRUCTURE.listItem;
// One selector for both (a list of 1,000 cards is checked again on every infinite-scroll growth).

/** Controls that every card has exactly once: accept (received) or withdraw (sent). */
function primaryControls(root: ParentNode, inList: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll(REQUESTS.controls)) {
    if (!inList(el)) continue;
    const href = el.getAttribute('href') ?? '';
    const hook = el.getAttribute('data-testid') ?? el.getAttribute('data-qa') ?? '';
    const aria = el.getAttribute('aria-label') ?? '';
    if (
      REQUESTS.anchorHref.test(href) ||
      REQUESTS.primaryHook.test(hook) ||
      REQUESTS.primaryAria.test(aria)
    ) {
      out.push(el);
    }
  }
  return out;
}

/** The nearest list item around a control that also holds a link to a profile. */
function cardAround(control: Element, base: string): Element | null {
  for (let at = control.parentElement?.closest(ITEM); at; at = at.parentElement?.closest(ITEM)) {
    if (profileLinks(at, base).length) return at;
  }
  return null;
}

/**
 * Cards of the page, in document order, without duplicates or cards nested in cards. `foundBefore`: cards this
 * caller found on an earlier search (the pills search a list again on each growth by scroll: checking the place of
 * 1,000 cards each time cost more than placing the new pills) are kept without checking their place again.
 */
export function findRequestCards(root: ParentNode, base: string, foundBefore?: (el: Element) => boolean): Element[] {
  const inList = inPageAsked();
  const hooked = queryAllFirst(root, REQUESTS.card).filter((el) => foundBefore?.(el) || inList(el));
  if (hooked.length) return outermost(hooked);
  const anchored = primaryControls(root, inList)
    .map((control) => cardAround(control, base))
    .filter((card): card is Element => card !== null);
  if (anchored.length) return outermost([...new Set(anchored)]);
  return outermost(queryAllFirst(root, REQUESTS.legacy.card).filter((el) => inList(el) && profileLinks(el, base).length > 0));
}

/** The list that holds the cards (also when it is empty), if the page shows one. */
export function findRequestList(root: ParentNode): Element | null {
  const list = queryFirst(root, REQUESTS.list) ?? queryFirst(root, REQUESTS.legacy.list);
  return list && inPage(list) ? list : null;
}

/** True when the page says in words (or by its empty-state hook) that there are no requests. */
export function showsNoRequests(root: ParentNode): boolean {
  if (queryFirst(root, REQUESTS.emptyState)) return true;
  return elementsWithText(root, `${STRUCTURE.textLeaf}, ${STRUCTURE.headings}`, (t) => startsWithLabel(t, WORDS.emptyRequests)).some(inPage);
}

/** Items of a list that look like unread cards (a profile link inside): a sign the layout changed. */
export function unreadItems(list: Element, base: string): number {
  return [...list.querySelectorAll(ITEM)].filter((item) => profileLinks(item, base).length > 0).length;
}
