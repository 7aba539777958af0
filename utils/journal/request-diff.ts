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
  /** Gone from a list that would have shown it, without the user acting: withdrawn by the sender. */
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
 * whole list counts as withdrawn only when the list reached past it (it shows an older request) or the list
 * is known to be empty; otherwise it may simply not be loaded yet and stays pending. Pure.
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
  const observedAge = new Map<string, number>();

  for (const item of observed) {
    if (seenKeys.has(item.key)) continue; // a card rendered twice (sidebar preview + list)
    seenKeys.add(item.key);
    const record = byKey.get(item.key);
    observedAge.set(item.key, record ? ageOf(record) : item.time?.range?.from ?? now);
    if (!record) ops.push({ kind: 'create', observed: item });
    else if (!OPEN_STATES.has(record.state)) ops.push({ kind: 'create', observed: item, resendOf: record.id });
    else if (now - record.lastSeenAt >= SEEN_REFRESH_MS) ops.push({ kind: 'seen', id: record.id });
  }
  if (!listKeys) return ops;

  // The whole list: its cards sent in earlier parts are in `latest` as the pending records those parts made.
  const onPage = new Set(listKeys);
  let oldestVisible = Number.POSITIVE_INFINITY;
  for (const key of onPage) {
    const record = byKey.get(key);
    const age = observedAge.get(key) ?? (record ? ageOf(record) : undefined);
    if (age !== undefined) oldestVisible = Math.min(oldestVisible, age);
  }
  for (const record of latest) {
    if (!OPEN_STATES.has(record.state) || onPage.has(record.key) || seenKeys.has(record.key)) continue;
    const listReachedIt = onPage.size === 0 || ageOf(record) >= oldestVisible;
    if (listReachedIt) ops.push({ kind: 'withdrawn', id: record.id, window: { from: record.lastSeenAt, to: now } });
  }
  return ops;
}

/** When the request was made, as well as we know: the sent time if the page showed it, else first sight. */
function ageOf(record: RequestRecord): number {
  return record.sentAt?.from ?? record.firstSeenAt;
}
