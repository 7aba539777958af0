import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { requestTime } from './request-time';
import { Person } from '../model/people';
import { RequestRecord } from '../model/requests';

/** Every pending received request on the `stateDirectionTime` index, at any time. */
const pendingReceived = () => IDBKeyRange.bound(['pending', 'received', 0], ['pending', 'received', Number.MAX_SAFE_INTEGER]);

export interface PendingItem {
  request: RequestRecord;
  person: Person;
}

/**
 * The `limit` most recently first-seen pending received requests with their senders (newest sent first), and
 * how many are pending in all, counted on the index's keys without loading them. Damaged records are quarantined.
 */
export async function listPendingRequests(deps: Deps, limit = Number.POSITIVE_INFINITY): Promise<{ items: PendingItem[]; total: number }> {
  const now = deps.now();
  const tx = deps.db.transaction(['requests', 'people'], 'readonly');
  const store = tx.objectStore('requests');
  const index = store.index('stateDirectionTime');
  const range = pendingReceived();
  // The ids alone, in index order (oldest first), then the newest `limit` records asked for at once: a cursor took a
  // round trip per record, each waiting behind whatever else the worker was doing (after a start, building the
  // scorer's history: seconds at 30,000 people).
  const ids = await index.getAllKeys(range);
  const total = ids.length;
  const raw: unknown[] = total <= limit ? await index.getAll(range) : (await Promise.all(ids.slice(total - limit).map((id) => store.get(id)))).filter((r) => r !== undefined);
  const requests = checkRecords('requests', RequestRecord, raw, recordKey, now);
  const newest = requests.valid.sort((a, b) => requestTime(b) - requestTime(a));
  const rawPeople = await Promise.all([...new Set(newest.map((r) => r.personId))].map((id) => tx.objectStore('people').get(id)));
  await tx.done;
  const people = checkRecords('people', Person, rawPeople.filter(Boolean), recordKey, now);
  await quarantine(deps.db, [...requests.invalid, ...people.invalid]);
  const byId = new Map(people.valid.map((p) => [p.id, p]));
  const items = newest.flatMap((request) => {
    const person = byId.get(request.personId);
    return person ? [{ request, person }] : [];
  });
  return { items, total };
}

/**
 * The ids of all pending received requests, read from the index's keys alone: the toolbar count needs no records
 * (reading and checking 30,000 requests and their senders held tens of MB while the count ran).
 */
export async function pendingRequestIds(deps: Deps): Promise<string[]> {
  const keys = await deps.db.getAllKeysFromIndex('requests', 'stateDirectionTime', pendingReceived());
  return keys.map(String);
}
