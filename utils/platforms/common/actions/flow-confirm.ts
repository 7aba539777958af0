import { findControl, keysIn, targetCard, type ControlQuery, type KeyOfHref } from '../../clicks/controls';
import { addressOf } from '../../clicks/page-address';
import type { StepKind } from '../../clicks/steps';

// What confirms a step: the page as it is now, read again by the target's key, never the node that was clicked.
// A card node leaving the document proves nothing (the list is rendered again, the user navigated), nor does a menu
// closing or a button being busy.

/**
 * Why a flow stopped: no or two matching controls; the page did not confirm the click in time; the page changed
 * while the flow waited; the control loads another page (left to the user); a flow for this person runs already.
 */
export type StopReason = 'not-found' | 'ambiguous' | 'not-confirmed' | 'page-changed' | 'by-hand' | 'running';

export interface FlowPage {
  doc: Document;
  /** The request cards the site's finder sees now (read again after each step: the site re-renders). */
  cards(): Element[];
  keyOf: KeyOfHref;
  /** Names of the people on the page, to refuse labels that name someone else. */
  names(): string[];
  /** Marks the platform's own control (or the card) for the user when a step is left to do by hand. */
  highlight(el: Element): void;
  /** How long to wait for the page to show that a click worked (ms). */
  waitMs: number;
  /** The clock (ms), for how long an empty list has stayed empty; Date.now when not given. */
  now?: () => number;
}

/**
 * The target's request as the page shows it now, for one step: `gone` (no card names the target; other people's
 * cards are listed, or the list has been empty a while), `no-control` (the one card of the target offers no control for the step, not
 * even a disabled or busy one), `offered` (it still does), `unclear` (two cards, the key in a card with someone
 * else, or a list emptied a moment ago: perhaps rendered again).
 */
export type RequestNow = 'gone' | 'no-control' | 'offered' | 'unclear';

export interface FlowRun {
  page: FlowPage;
  target: { key: string; name: string };
  /** The query for the target's control of a step (the names of the others read now). */
  query(step: StepKind, includeHidden?: boolean): ControlQuery;
  /** The page is no longer the one the flow started on (an in-page navigation): nothing after that is confirmed. */
  moved(): boolean;
  /** The target's one card now, or undefined. */
  card(): Element | undefined;
  request(step: StepKind): RequestNow;
}

/** The flow's view of the page, fixed to the address it starts on. */
export function flowRun(page: FlowPage, target: { key: string; name: string }): FlowRun {
  const start = addressOf(page.doc);
  const now = page.now ?? Date.now;
  // A list rendered again is empty for a moment: an empty list must stay empty this long before the request counts as gone.
  const settleMs = Math.min(1000, page.waitMs / 4);
  let emptySince: number | undefined;
  const query = (step: StepKind, includeHidden = false): ControlQuery => ({ step, name: target.name, otherNames: page.names(), includeHidden });
  return {
    page,
    target,
    query,
    moved: () => addressOf(page.doc) !== start,
    card() {
      const found = targetCard(page.cards(), target.key, page.keyOf);
      return found.ok ? found.value : undefined;
    },
    request(step) {
      const cards = page.cards();
      const found = targetCard(cards, target.key, page.keyOf);
      if (found.ok) {
        emptySince = undefined;
        return offered(found.value, query(step)) ? 'offered' : 'no-control';
      }
      const keys = cards.map((card) => keysIn(card, page.keyOf));
      if (found.reason === 'ambiguous' || keys.some((k) => k.has(target.key))) return 'unclear';
      // Other people's requests are listed: the list is there, without the target. Cards naming nobody (placeholders
      // while the list loads) are no list yet.
      if (keys.some((k) => k.size > 0)) {
        emptySince = undefined;
        return 'gone';
      }
      const at = now();
      emptySince ??= at;
      return at - emptySince >= settleMs ? 'gone' : 'unclear';
    },
  };
}

/** Whether `scope` still offers a control for the step: found once or more, hidden, disabled and busy ones too. */
export function offered(scope: Element, query: ControlQuery): boolean {
  const found = findControl(scope, { ...query, includeHidden: true, includeDisabled: true });
  return found.ok || found.reason === 'ambiguous';
}
