import { unwrap } from 'idb';
import type { ImportedData, ImportedPerson } from '../import/types';
import { Identity, Person } from '../model/people';
import { Interaction } from '../model/relationships';
import { RequestRecord } from '../model/requests';
import { committed, getMany, queuePuts, type Progress } from './bulk-write';
import { checkRecords, recordKey } from './quarantine';
import type { QuarantineRecord } from './envelopes';
import type { Deps } from './profiles';
import { ImportReceipt } from './backup-shapes';

export interface ImportOutcome {
  peopleAdded: number;
  peopleMerged: number;
  requestsAdded: number;
  messagesAdded: number;
  /** Requests and messages already in the journal (a file imported again). */
  unchanged: number;
  quarantined: number;
}

const STORES = ['people', 'identities', 'requests', 'interactions', 'quarantine', 'settings'];

/**
 * Writes an import into the journal in one transaction: all of it or nothing (a stopped worker, a quota error or
 * a cancel leaves the journal as it was). People are matched by profile key (or, without one, by the id their
 * folded name gives) and merged into those already there: fields the journal lacks are filled, nothing the user
 * wrote is overwritten. Requests and messages carry ids made from their content, so a second import adds nothing.
 * Every record written is validated; records of the journal found damaged on the way are quarantined.
 */
export async function importIntoJournal(
  deps: Deps,
  data: ImportedData,
  onProgress?: Progress,
  signal?: AbortSignal,
  job?: { jobId: string; fileName: string },
): Promise<ImportOutcome> {
  if (data.errors.length) throw new Error(`the file has ${data.errors.length} bad rows; nothing was imported`);
  signal?.throwIfAborted();
  const now = deps.now();
  const tx = unwrap(deps.db).transaction(STORES, 'readwrite');
  const done = committed(tx);
  done.catch(() => undefined); // awaited below; a failure before that point must not be an unhandled rejection
  const abort = () => tx.abort();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const bad: QuarantineRecord[] = [];
    const identityIds = data.people.flatMap((p) => (p.identity ? [p.identity.id] : []));
    const foundIds = checkRecords('identities', Identity, (await getMany(tx.objectStore('identities'), identityIds)).filter(Boolean), recordKey, now);
    bad.push(...foundIds.invalid);
    const identityById = new Map(foundIds.valid.map((i) => [i.id, i]));
    // The person each imported one is (an existing one by identity, or the id a name gives), then those people.
    const personIdOf = (p: ImportedPerson) => (p.identity && identityById.get(p.identity.id)?.personId) ?? p.person.id;
    const foundPeople = checkRecords('people', Person, (await getMany(tx.objectStore('people'), data.people.map(personIdOf))).filter(Boolean), recordKey, now);
    bad.push(...foundPeople.invalid);
    const personById = new Map(foundPeople.valid.map((p) => [p.id, p]));

    const outcome: ImportOutcome = { peopleAdded: 0, peopleMerged: 0, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: bad.length };
    const people: Person[] = [];
    const identities: Identity[] = [];
    const remap = new Map<string, string>();
    for (const p of data.people) {
      const id = personIdOf(p);
      remap.set(p.person.id, id);
      const known = personById.get(id);
      if (known) {
        const merged = mergePerson(known, p.person, now);
        if (merged) people.push(Person.parse(merged));
        outcome.peopleMerged++;
      } else {
        people.push(Person.parse({ ...p.person, id }));
        outcome.peopleAdded++;
      }
      if (p.identity) {
        const had = identityById.get(p.identity.id);
        if (!had) identities.push(Identity.parse({ ...p.identity, personId: id }));
        else if (p.identity.firstSeenAt < had.firstSeenAt) identities.push(Identity.parse({ ...had, firstSeenAt: p.identity.firstSeenAt }));
      }
    }
    const requests = await newOnes(tx.objectStore('requests'), data.requests, (r) => RequestRecord.parse({ ...r, personId: remap.get(r.personId) ?? r.personId }));
    const messages = await newOnes(tx.objectStore('interactions'), data.messages, (m) => Interaction.parse({ ...m, personId: remap.get(m.personId) ?? m.personId }));
    outcome.requestsAdded = requests.length;
    outcome.messagesAdded = messages.length;
    outcome.unchanged = data.requests.length - requests.length + data.messages.length - messages.length;

    for (const entry of bad) tx.objectStore(entry.store).delete(entry.key);
    if (job) tx.objectStore('settings').put(ImportReceipt.parse({ v: 1, key: 'lastImport', ...job, at: now }));
    queuePuts(tx, [
      { store: 'quarantine', records: bad },
      { store: 'people', records: people },
      { store: 'identities', records: identities },
      { store: 'requests', records: requests },
      { store: 'interactions', records: messages },
    ], onProgress);
    await done;
    return outcome;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await done.catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

/** Whether the import of this job committed (its receipt is the journal's last import). */
export async function importLanded(deps: Deps, jobId: string): Promise<boolean> {
  const receipt = ImportReceipt.safeParse(await deps.db.get('settings', 'lastImport' as never));
  return receipt.success && receipt.data.jobId === jobId;
}

/** Fields the journal's person lacks, filled from the file; null when nothing changes. Pure. */
export function mergePerson(known: Person, imported: Person, now: number): Person | null {
  const fill: Partial<Person> = {};
  for (const field of ['headline', 'company', 'location'] as const) {
    if (!known[field] && imported[field]) fill[field] = imported[field];
  }
  return Object.keys(fill).length ? { ...known, ...fill, updatedAt: now } : null;
}

/** The records whose ids the store does not hold yet, validated with their shape. */
async function newOnes<T extends { id: string }>(store: IDBObjectStore, records: readonly T[], validate: (r: T) => T): Promise<T[]> {
  const found = await getMany(store, records.map((r) => r.id));
  return records.filter((_, i) => found[i] === undefined).map(validate);
}
