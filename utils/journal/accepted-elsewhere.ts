import type { Platform } from '../model/base';
import { RequestRecord } from '../model/requests';
import { request } from './paged-lookup';

/** The requests store of a read-write transaction, whichever other stores it spans. */
interface RequestStore {
  index(name: 'personId'): { getAll(query: string): Promise<unknown[]> };
  put(value: RequestRecord): Promise<unknown>;
}

/**
 * A received request that left the list without the user acting in Handschlag was taken for withdrawn by its
 * sender; accepting it in the site's app or on the phone looks the same from the list. When the person's profile
 * later shows them as a first-degree contact, it was accepted: the step is relabelled (same time window) so the
 * scorer does not hold a withdrawal against someone the user took on. Not when the user sent them a request of
 * their own after it left the list: then the contact may have come from that one, and the withdrawal stands.
 * Returns the requests changed.
 */
export async function settleAcceptedElsewhere(store: RequestStore, personId: string, platform: Platform): Promise<RequestRecord[]> {
  const records = (await store.index('personId').getAll(personId)).flatMap((raw) => {
    const parsed = RequestRecord.safeParse(raw);
    return parsed.success && parsed.data.platform === platform ? [parsed.data] : [];
  });
  const changed = records.flatMap((record) => {
    const accepted = acceptedElsewhere(record, records);
    return accepted ? [accepted] : [];
  });
  for (const record of changed) await store.put(RequestRecord.parse(record));
  return changed;
}

/** The record relabelled as accepted, or null when it is not a received request the list alone closed. Pure. */
export function acceptedElsewhere(record: RequestRecord, samePerson: readonly RequestRecord[]): RequestRecord | null {
  const last = record.history.at(-1);
  if (record.direction !== 'received' || record.state !== 'withdrawn' || last?.state !== 'withdrawn' || last.by !== 'observed') return null;
  const askedSince = samePerson.some((other) => other.direction === 'sent' && other.firstSeenAt >= last.at.from);
  if (askedSince) return null;
  return { ...record, state: 'accepted', history: [...record.history.slice(0, -1), { ...last, state: 'accepted' }] };
}

/**
 * The same for an import of the user's connections (LinkedIn's Connections.csv lists only first-degree contacts):
 * received requests of these people that the list closed are settled as accepted. Reads only the few withdrawn
 * received requests (state index), not every request of 30,000 people. Raw store: the import's own transaction.
 */
export async function settleConnected(store: IDBObjectStore, platform: Platform, personIds: ReadonlySet<string>): Promise<number> {
  const range = IDBKeyRange.bound(['withdrawn', 'received', -Infinity], ['withdrawn', 'received', Infinity]);
  const closed = await request(store.index('stateDirectionTime').getAll(range));
  const candidates = new Set(closed.flatMap((raw) => {
    const parsed = RequestRecord.safeParse(raw);
    return parsed.success && parsed.data.platform === platform && personIds.has(parsed.data.personId) ? [parsed.data.personId] : [];
  }));
  const adapter: RequestStore = {
    index: (name) => ({ getAll: (query) => request(store.index(name).getAll(query)) }),
    put: (value) => request(store.put(value)),
  };
  let settled = 0;
  for (const personId of candidates) settled += (await settleAcceptedElsewhere(adapter, personId, platform)).length;
  return settled;
}
