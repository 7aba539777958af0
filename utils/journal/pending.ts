import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { Person, RequestRecord } from './schemas';

export interface PendingItem {
  request: RequestRecord;
  person: Person;
}

/**
 * The newest `limit` pending received requests with their senders, newest first, and how many are pending
 * in all. Damaged records are quarantined.
 */
export async function listPendingRequests(deps: Deps, limit = Number.POSITIVE_INFINITY): Promise<{ items: PendingItem[]; total: number }> {
  const now = deps.now();
  const tx = deps.db.transaction(['requests', 'people'], 'readonly');
  const raw = await tx.objectStore('requests').index('stateTime').getAll(IDBKeyRange.bound(['pending', 0], ['pending', Number.MAX_SAFE_INTEGER]));
  const requests = checkRecords('requests', RequestRecord, raw, recordKey, now);
  const received = requests.valid
    .filter((r) => r.direction === 'received')
    .sort((a, b) => (b.sentAt?.to ?? b.firstSeenAt) - (a.sentAt?.to ?? a.firstSeenAt));
  const newest = received.slice(0, limit);
  const rawPeople = await Promise.all([...new Set(newest.map((r) => r.personId))].map((id) => tx.objectStore('people').get(id)));
  await tx.done;
  const people = checkRecords('people', Person, rawPeople.filter(Boolean), recordKey, now);
  await quarantine(deps.db, [...requests.invalid, ...people.invalid]);
  const byId = new Map(people.valid.map((p) => [p.id, p]));
  const items = newest.flatMap((request) => {
    const person = byId.get(request.personId);
    return person ? [{ request, person }] : [];
  });
  return { items, total: received.length };
}
