import type { RequestRecord } from '../model/requests';
import type { TimeRange } from '../model/base';

/** A request card as the content script read it (already validated). */
export interface ObservedRequest {
  key: string;
  name: string;
  headline?: string;
  note: string;
  time?: { text: string; range?: TimeRange };
  mutualCount?: number;
}

export type RequestOp =
  /** First sighting, or the same person again after their earlier request was closed (a re-send). */
  | { kind: 'create'; observed: ObservedRequest; resendOf?: string }
  /** Still pending: move lastSeenAt. */
  | { kind: 'seen'; id: string }
  /** Gone from a list that would have shown it, without the user acting (recorded as withdrawn or gone, requests.ts). */
  | { kind: 'withdrawn'; id: string; window: TimeRange };

/** Re-reading the page within this time writes nothing at all. */
export const SEEN_REFRESH_MS = 10 * 60_000;

const OPEN_STATES = new Set(['pending']);

/**
 * What a freshly read request list means for the journal. `latest` holds the newest record per profile
 * key for this platform and direction; `observed` holds the cards to record (the whole list, or one part of
 * it when a long list is sent in parts).
 *
 * `listKeys` is the proof a withdrawal needs: the key of every card on the page, given only when the page's
 * list was read whole (no card skipped as unreadable, every part sent). Without it nothing is called
 * withdrawn: a card that could not be read may be exactly the request that seems to be missing.
 * Both sites list requests newest first and load older ones on scroll, so a pending request missing from a
 * whole list counts as withdrawn only when the list provably reached past it: it was sent after the latest time
 * at which a card on the page can have been sent (coarse times such as "1 week ago" are windows, and two cards
 * with the same window may stand either way round), or the list is known to be empty. A request whose time the
 * page never showed has no earliest time and stays pending (when it was first seen tells when the user
 * scrolled to it, not when it was sent). Pure.
 */
export function diffRequestList(
  latest: readonly RequestRecord[],
  observed: readonly ObservedRequest[],
  now: number,
  listKeys?: readonly string[],
): RequestOp[] {
  const byKey = new Map(latest.map((r) => [r.key, r]));
  const ops: RequestOp[] = [];
  const seenKeys = new Set<string>();
  // The latest time each card on the page can have been sent.
  const sentBy = new Map<string, number>();

  for (const item of observed) {
    if (seenKeys.has(item.key)) continue; // a card rendered twice (sidebar preview + list)
    seenKeys.add(item.key);
    const record = byKey.get(item.key);
    const open = record && OPEN_STATES.has(record.state);
    sentBy.set(item.key, open ? latestSent(record) : item.time?.range?.to ?? now);
    if (!record) ops.push({ kind: 'create', observed: item });
    else if (!open) {
      if (isResend(record, item)) ops.push({ kind: 'create', observed: item, resendOf: record.id });
    } else if (now - record.lastSeenAt >= SEEN_REFRESH_MS) ops.push({ kind: 'seen', id: record.id });
  }
  if (!listKeys) return ops;

  // The whole list: its cards sent in earlier parts are in `latest` as the pending records those parts made.
  const onPage = new Set(listKeys);
  let oldestVisible = Number.POSITIVE_INFINITY;
  for (const key of onPage) {
    const record = byKey.get(key);
    const by = sentBy.get(key) ?? (record ? latestSent(record) : undefined);
    if (by !== undefined) oldestVisible = Math.min(oldestVisible, by);
  }
  for (const record of latest) {
    if (!OPEN_STATES.has(record.state) || onPage.has(record.key) || seenKeys.has(record.key)) continue;
    const listReachedIt = onPage.size === 0 || (record.sentAt !== undefined && record.sentAt.from > oldestVisible);
    if (listReachedIt) ops.push({ kind: 'withdrawn', id: record.id, window: { from: record.lastSeenAt, to: now } });
  }
  return ops;
}

/** The latest time the request can have been sent: the end of the page's time window, else when it was first seen. */
function latestSent(record: RequestRecord): number {
  return record.sentAt?.to ?? record.firstSeenAt;
}

/**
 * Whether a card of someone whose last request is closed is a new request: its time is after the close. A card
 * without a time counts only after the list showed the request gone (withdrawn, or a sent one gone); after the
 * user accepted, declined or blocked, it is the same request still on a page not yet updated (a second tab).
 */
function isResend(record: RequestRecord, item: ObservedRequest): boolean {
  const last = record.history.at(-1);
  if (!last) return true;
  if (item.time?.range) return item.time.range.from > last.at.to;
  return (record.state === 'withdrawn' || record.state === 'gone') && last.by === 'observed';
}
