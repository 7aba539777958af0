import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { Person, RequestRecord } from './schemas';

export interface PendingItem {
  request: RequestRecord;
  person: Person;
}

/** Pending received requests with their senders, newest first. Damaged records are quarantined. */
export async function listPendingRequests(deps: Deps): Promise<PendingItem[]> {
  const now = deps.now();
  const tx = deps.db.transaction(['requests', 'people'], 'readonly');
  const raw = await tx.objectStore('requests').index('stateTime').getAll(IDBKeyRange.bound(['pending', 0], ['pending', Number.MAX_SAFE_INTEGER]));
  const requests = checkRecords('requests', RequestRecord, raw, recordKey, now);
  const received = requests.valid.filter((r) => r.direction === 'received');
  const rawPeople = await Promise.all([...new Set(received.map((r) => r.personId))].map((id) => tx.objectStore('people').get(id)));
  await tx.done;
  const people = checkRecords('people', Person, rawPeople.filter(Boolean), recordKey, now);
  await quarantine(deps.db, [...requests.invalid, ...people.invalid]);
  const byId = new Map(people.valid.map((p) => [p.id, p]));
  return received
    .flatMap((request) => {
      const person = byId.get(request.personId);
      return person ? [{ request, person }] : [];
    })
    .sort((a, b) => (b.request.sentAt?.to ?? b.request.firstSeenAt) - (a.request.sentAt?.to ?? a.request.firstSeenAt));
}
