import { unwrap } from 'idb';
import type { ImportedData } from '../import/types';
import { Identity, Person } from '../model/people';
import { Interaction } from '../model/relationships';
import { RequestRecord } from '../model/requests';
import type { z } from 'zod';
import { checkInChunks, committed, queuePuts, type Progress } from './bulk-write';
import { comparing, findValid, newOnes, request } from './paged-lookup';
import { recordKey } from './quarantine';
import { isPlainRequest } from '../model/plain-records';
import type { QuarantineRecord } from './envelopes';
import type { Deps } from './profiles';
import { ImportReceipt } from './backup-shapes';
import { cadencesRestartedBy } from './import-cadences';
import { settleConnected } from './accepted-elsewhere';

export interface ImportOutcome {
  peopleAdded: number;
  /** People already in the journal whose record got a field it lacked. */
  peopleMerged: number;
  /** People already in the journal with nothing to add (a file imported again). */
  peopleUnchanged: number;
  requestsAdded: number;
  messagesAdded: number;
  /** Requests and messages already in the journal (a file imported again). */
  unchanged: number;
  quarantined: number;
}

/** How an import runs: progress of its three steps, a cancel, and the receipt to write with it. */
export interface ImportRun {
  /** Records of the file checked against their shapes (before the transaction). */
  onChecked?: Progress;
  /** Records of the file compared with the journal (the lookups, inside the transaction). */
  onCompared?: Progress;
  /** Records written. */
  onWriting?: Progress;
  signal?: AbortSignal;
  /** Written as the journal's last import, in the same transaction (asked for after a stopped worker). */
  job?: { jobId: string; fileName: string };
}

const STORES = ['people', 'identities', 'requests', 'interactions', 'reminders', 'quarantine', 'settings'];

/**
 * Writes an import into the journal in one transaction: all of it or nothing (a stopped worker, a quota error or
 * a cancel leaves the journal as it was). People are matched by profile key (or, without one, by the id their
 * folded name gives) and merged into those already there: fields the journal lacks are filled, nothing the user
 * wrote is overwritten. Requests and messages carry ids made from their content, so a second import adds nothing;
 * new messages restart their people's keep-in-touch reminders.
 * Every record written is validated; records of the journal found damaged on the way are quarantined.
 */
export async function importIntoJournal(deps: Deps, data: ImportedData, run: ImportRun = {}): Promise<ImportOutcome> {
  const { signal } = run;
  if (data.errors.length) throw new Error(`the file has ${data.errors.length} bad rows; nothing was imported`);
  signal?.throwIfAborted();
  const now = deps.now();
  // Every record of the file is validated before the transaction opens (in chunks, the event loop running between
  // them): what is then written is either one of these records, one with another valid id in it, or a merge checked
  // again, so the transaction cannot fail on data; only quota, a cancel or a stopped worker end it, and those undo all.
  const checked = await validateImport(data, now, run.onChecked, signal);
  const tx = unwrap(deps.db).transaction(STORES, 'readwrite');
  const done = committed(tx);
  done.catch(() => undefined); // awaited below; a failure before that point must not be an unhandled rejection
  const abort = () => tx.abort();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const bad: QuarantineRecord[] = [];
    const identityIds = checked.people.flatMap((p) => (p.identity ? [p.identity.id] : []));
    const compared = comparing(identityIds.length + checked.people.length + checked.requests.length + checked.messages.length, run.onCompared);
    const identityById = await findValid(tx.objectStore('identities'), 'identities', Identity, identityIds, now, bad, compared());
    // The person each imported one is (an existing one by identity, or the id a name gives), then those people.
    const personIdOf = (p: CheckedPerson) => (p.identity && identityById.get(p.identity.id)?.personId) ?? p.person.id;
    const personById = await findValid(tx.objectStore('people'), 'people', Person, checked.people.map(personIdOf), now, bad, compared());

    const outcome: ImportOutcome = { peopleAdded: 0, peopleMerged: 0, peopleUnchanged: 0, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: bad.length };
    const people: Person[] = [];
    const identities: Identity[] = [];
    const remap = new Map<string, string>();
    for (const p of checked.people) {
      const id = personIdOf(p);
      if (id !== p.person.id) remap.set(p.person.id, id);
      const known = personById.get(id);
      if (known) {
        const merged = mergePerson(known, p.person, now);
        if (merged) people.push(Person.parse(merged));
        if (merged) outcome.peopleMerged++;
        else outcome.peopleUnchanged++;
      } else {
        people.push(id === p.person.id ? p.person : { ...p.person, id });
        outcome.peopleAdded++;
      }
      if (p.identity) {
        const had = identityById.get(p.identity.id);
        if (!had) identities.push(p.identity.personId === id ? p.identity : { ...p.identity, personId: id });
        else if (p.identity.firstSeenAt < had.firstSeenAt) identities.push({ ...had, firstSeenAt: p.identity.firstSeenAt });
      }
    }
    const owned = <T extends { personId: string }>(r: T): T => (remap.has(r.personId) ? { ...r, personId: remap.get(r.personId)! } : r);
    const added = await newOnes(tx.objectStore('requests'), checked.requests, compared());
    // Every pending request of the journal is read only when the file brings requests (a Connections.csv has none).
    const requests = (added.length ? withoutOpenCopies(added, await openRequestKeys(tx.objectStore('requests'))) : added).map(owned);
    const messages = (await newOnes(tx.objectStore('interactions'), checked.messages, compared())).map(owned);
    // A message is a contact: it moves the person's keep-in-touch reminder on, as one read on the page does.
    const reminders = await cadencesRestartedBy(tx.objectStore('reminders'), messages);
    // Everyone in a Connections.csv is a contact: a request of theirs the list closed was accepted, not withdrawn.
    if (data.format === 'linkedin-connections') await settleConnected(tx.objectStore('requests'), 'linkedin', new Set(checked.people.map(personIdOf)));
    outcome.requestsAdded = requests.length;
    outcome.messagesAdded = messages.length;
    outcome.unchanged = data.requests.length - requests.length + data.messages.length - messages.length;

    for (const entry of bad) tx.objectStore(entry.store).delete(entry.key);
    if (run.job) tx.objectStore('settings').put(ImportReceipt.parse({ v: 1, key: 'lastImport', ...run.job, at: now }));
    queuePuts(tx, [
      { store: 'quarantine', records: bad },
      { store: 'people', records: people },
      { store: 'identities', records: identities },
      { store: 'requests', records: requests },
      { store: 'interactions', records: messages },
      { store: 'reminders', records: reminders },
    ], run.onWriting);
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

interface CheckedPerson {
  person: Person;
  identity?: Identity;
}

/** The file's records validated with their shapes (a failure throws: the parser made a record it should not have). */
async function validateImport(data: ImportedData, now: number, onChecked?: Progress, signal?: AbortSignal) {
  const total = data.people.length * 2 + data.requests.length + data.messages.length;
  let n = 0;
  const tick = (k: number) => onChecked?.((n += k), total);
  const strict = async <T>(store: 'people' | 'identities' | 'requests' | 'interactions', shape: z.ZodType<T>, records: readonly unknown[]): Promise<T[]> => {
    const out = await checkInChunks(store, shape, records, recordKey, now, tick, signal);
    if (out.invalid.length) throw new Error(`the import made a ${store} record that fails its shape (${out.invalid[0]!.error.slice(0, 200)}); nothing was imported`);
    return out.valid;
  };
  const persons = await strict('people', Person, data.people.map((p) => p.person));
  const withIdentity = data.people.flatMap((p, i) => (p.identity ? [i] : []));
  const ids = await strict('identities', Identity, withIdentity.map((i) => data.people[i]!.identity));
  const identityAt = new Map(withIdentity.map((i, k) => [i, ids[k]!]));
  const people: CheckedPerson[] = persons.map((person, i) => ({ person, identity: identityAt.get(i) }));
  return {
    people,
    requests: await strict('requests', RequestRecord, data.requests),
    messages: await strict('interactions', Interaction, data.messages),
  };
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

type RequestIdentity = Pick<RequestRecord, 'platform' | 'key' | 'direction'>;
const identityOf = (r: RequestIdentity) => `${r.platform}:${r.direction}:${r.key}`;

/** Who has a pending request in the journal now (platform, direction, key), read once from the state index. */
async function openRequestKeys(store: IDBObjectStore): Promise<Set<string>> {
  const open = await request(store.index('stateTime').getAll(IDBKeyRange.bound(['pending', -Infinity], ['pending', Infinity])));
  return new Set(open.flatMap((raw) => (isPlainRequest(raw) ? [identityOf(raw as RequestIdentity)] : [])));
}

/**
 * An imported pending request of someone whose request the journal holds open already (read from the page) is
 * that same request under the file's id: it is not added twice (the popup listed it twice, the count said two).
 */
function withoutOpenCopies(requests: RequestRecord[], open: ReadonlySet<string>): RequestRecord[] {
  return requests.filter((r) => r.state !== 'pending' || !open.has(identityOf(r)));
}
