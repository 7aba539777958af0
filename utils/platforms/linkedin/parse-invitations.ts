import type { PageFacts, PageParse, ParseContext, RequestFacts } from '../facts';
import { readCard } from '../card-memo';
import { outermost } from '../dom';
import type { ParseError } from '../parse-result';
import { isOutsideContent, slugFromHref, textBlocks, visibleText } from './dom-text';
import { readInvitationCard } from './invitation-card';
import { findMain } from './profile-top-card';
import {
  CONTROLS,
  INVITATION_CARDS,
  INVITATION_EMPTY,
  INVITATION_SCREEN,
  INVITATION_TAB_LINK,
  INVITATION_TITLES,
  LEGACY_INVITATION,
  LIST_ITEMS,
  NOT_CONTENT,
  PROFILE_LINK,
} from './selectors';

type Direction = RequestFacts['direction'];

/**
 * The invitation manager (received or sent tab, 2024 Ember and 2026 SDUI) into request facts. A page
 * whose invitation screen is recognised but shows no cards is `requests: []`; no screen at all is
 * `layout-not-recognised`. A card without key or name is skipped and listed in `skipped`. Pure.
 */
export function parseInvitations(root: Document, direction: Direction, ctx: ParseContext): PageParse {
  const pageType = direction === 'received' ? 'linkedin.invitations.received' : 'linkedin.invitations.sent';
  const scope = findInvitationScope(root);
  if (!scope) {
    return { ok: false, error: { code: 'layout-not-recognised', pageType, message: 'the invitation list was not found on this page' } };
  }
  const requests: RequestFacts[] = [];
  const skipped: ParseError[] = [];
  for (const card of findCards(scope)) {
    const read = readCard(ctx.cards, card, () => readInvitationCard(card, direction, ctx));
    if (!read) continue; // no time left in this pass: the caller reads on later
    if ('code' in read) skipped.push(read);
    else requests.push(read);
  }
  const page: PageFacts = { pageType, requests };
  if (skipped.length) page.skipped = skipped;
  return { ok: true, page };
}

/** The invitation screen: SDUI screen or component key, else main when it shows the manager's tabs, title or empty state. */
export function findInvitationScope(root: Document): Element | undefined {
  const screen = [...root.querySelectorAll(INVITATION_SCREEN)].find((el) => !el.closest(NOT_CONTENT));
  if (screen) return screen;
  const main = findMain(root);
  if (!main) return undefined;
  if ([...main.querySelectorAll(INVITATION_TAB_LINK)].some((a) => !a.parentElement?.closest(NOT_CONTENT))) return main;
  const texts = textBlocks(main, isOutsideContent).map((b) => b.text);
  if (texts.some((t) => INVITATION_TITLES.test(t) || INVITATION_EMPTY.test(t))) return main;
  if (main.querySelector(LEGACY_INVITATION.card)) return main;
  return undefined;
}

/** The request cards of an invitation list page (none where the page shows no invitation screen). */
export function invitationCards(root: Document): Element[] {
  const scope = findInvitationScope(root);
  return scope ? findCards(scope) : [];
}

/** Cards, best strategy first: data-view-name, role + componentkey, list items with one member, then legacy classes. */
export function findCards(scope: Element): Element[] {
  for (const selector of INVITATION_CARDS) {
    const cards = outermost([...scope.querySelectorAll(selector)]);
    if (cards.length) return cards;
  }
  const items = [...scope.querySelectorAll(LIST_ITEMS)].filter((li) => memberSlugs(li).size > 0 && !li.closest(NOT_CONTENT));
  // A list item holding two or more other member items is a wrapper, not a card. The items are in document order,
  // so those inside an item directly follow it: the next two tell (not every other item, for each of 1,000).
  const holds = (li: Element, at: number) => {
    const next = items[at];
    return next !== undefined && li.contains(next);
  };
  const cards = outermost(items.filter((li, i) => !(holds(li, i + 1) && holds(li, i + 2))));
  if (cards.length) return cards;
  const fromControls = cardsAroundControls(scope);
  if (fromControls.length) return fromControls;
  return outermost([...scope.querySelectorAll(LEGACY_INVITATION.card)]);
}

function memberSlugs(el: Element): Set<string> {
  const slugs = new Set<string>();
  for (const a of el.querySelectorAll(PROFILE_LINK)) {
    const slug = slugFromHref(a.getAttribute('href'));
    if (slug) slugs.add(slug);
  }
  return slugs;
}

/** Structure only: the largest ancestor of each labelled control that still holds exactly one member. */
function cardsAroundControls(scope: Element): Element[] {
  const cards = new Set<Element>();
  for (const control of scope.querySelectorAll(CONTROLS)) {
    if (!visibleText(control, () => false) && !control.getAttribute('aria-label')) continue;
    let card: Element | undefined;
    for (let up = control.parentElement; up && up !== scope; up = up.parentElement) {
      if (memberSlugs(up).size > 1) break;
      if (memberSlugs(up).size === 1) card = up;
    }
    if (card) cards.add(card);
  }
  return outermost([...cards]);
}
