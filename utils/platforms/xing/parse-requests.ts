import type { PageParse, ParseContext, RequestFacts } from '../facts';
import type { ParseError } from '../parse-result';
import { findRequestCards, findRequestList, showsNoRequests, unreadItems } from './request-cards';
import { readRequestCard } from './request-card';
import { readCard } from '../card-memo';

/**
 * A received or sent contact-request list into RequestFacts. Cards without key or name are skipped and
 * named in `skipped`. An empty list is `requests: []` only when the page shows the list or says it is empty;
 * a page with neither (or with list items that are not readable cards) is `layout-not-recognised`. Pure.
 */
export function parseRequestsPage(root: Document, direction: RequestFacts['direction'], ctx: ParseContext): PageParse {
  const pageType = direction === 'received' ? 'xing.requests.received' : 'xing.requests.sent';
  const cards = findRequestCards(root, ctx.url);
  if (!cards.length) {
    const list = findRequestList(root);
    if (list && unreadItems(list, ctx.url) > 0) {
      return { ok: false, error: { code: 'layout-not-recognised', pageType, message: 'the request list has entries that are not recognised as cards' } };
    }
    if (list || showsNoRequests(root)) return { ok: true, page: { pageType, requests: [] } };
    return { ok: false, error: { code: 'layout-not-recognised', pageType, message: 'no contact-request list found on this XING page' } };
  }
  const requests: RequestFacts[] = [];
  const skipped: ParseError[] = [];
  for (const card of cards) {
    const read = readCard(ctx.cards, card, () => readRequestCard(card, direction, ctx));
    if (!read) continue; // no time left in this pass: the caller reads on later
    if (read.ok) requests.push(read.request);
    else skipped.push(read.error);
  }
  return { ok: true, page: { pageType, requests, ...(skipped.length ? { skipped } : {}) } };
}
