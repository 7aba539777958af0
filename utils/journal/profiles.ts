import type { IDBPDatabase, IDBPIndex, IDBPTransaction } from 'idb';
import type { JournalDB } from './db-schema';
import { settleAcceptedElsewhere } from './accepted-elsewhere';
import { personFromFacts, sameFacts } from './facts';
import { atomically } from './atomic';
import { checkRecords, moveToQuarantine, quarantine, recordKey, type QuarantineTx } from './quarantine';
import { Identity, Person, Snapshot, type ProfileFacts } from '../model/people';
import type { Platform } from '../model/base';
import type { QuarantineRecord } from './envelopes';

export interface Deps {
  db: IDBPDatabase<JournalDB>;
  now: () => number;
  newId: () => string;
}

export interface ProfileObservation {
  platform: Platform;
  key: string;
  url: string;
  facts: ProfileFacts;
}

export interface RecordProfileResult {
  personId: string;
  created: boolean;
  /**
   * False when nothing was written: the page showed exactly what the last snapshot holds (and settled no request
   * accepted elsewhere, accepted-elsewhere.ts).
   */
  changed: boolean;
}

export const identityId = (platform: Platform, key: string): string => `${platform}:${key}`;

/**
 * Records what a profile page showed: person, identity and snapshot in one transaction, so a worker
 * stopped mid-way leaves either all or nothing. Re-reading an unchanged page writes nothing.
 */
export async function recordProfile(deps: Deps, obs: ProfileObservation): Promise<RecordProfileResult> {
  const tx = deps.db.transaction(PROFILE_STORES, 'readwrite');
  return atomically(tx, () => recordProfileIn(tx, deps, obs, deps.now()));
}

/** Many profiles in one transaction (imports, benchmarks): all of them or none. */
export async function recordProfiles(deps: Deps, list: readonly ProfileObservation[]): Promise<RecordProfileResult[]> {
  const tx = deps.db.transaction(PROFILE_STORES, 'readwrite');
  const now = deps.now();
  return atomically(tx, async () => {
    const results: RecordProfileResult[] = [];
    for (const obs of list) results.push(await recordProfileIn(tx, deps, obs, now));
    return results;
  });
}

const PROFILE_STORES: ['people', 'identities', 'snapshots', 'requests', 'quarantine'] = ['people', 'identities', 'snapshots', 'requests', 'quarantine'];
type ProfileTx = IDBPTransaction<JournalDB, typeof PROFILE_STORES, 'readwrite'>;

async function recordProfileIn(tx: ProfileTx, deps: Deps, obs: ProfileObservation, now: number): Promise<RecordProfileResult> {
  const bad: QuarantineRecord[] = [];
  const rawIdentity = await tx.objectStore('identities').get(identityId(obs.platform, obs.key));
  const identities = checkRecords('identities', Identity, rawIdentity ? [rawIdentity] : [], recordKey, now);
  bad.push(...identities.invalid);
  let identity = identities.valid[0];
  let person: Person | undefined;
  if (identity) {
    const rawPerson = await tx.objectStore('people').get(identity.personId);
    const people = checkRecords('people', Person, rawPerson ? [rawPerson] : [], recordKey, now);
    bad.push(...people.invalid);
    person = people.valid[0];
  }
  await moveToQuarantine(tx as unknown as QuarantineTx, bad);

  if (!identity || !person) {
    const personId = person?.id ?? deps.newId();
    person = {
      v: 1,
      id: personId,
      displayName: obs.facts.name,
      headline: obs.facts.headline,
      company: obs.facts.company,
      location: obs.facts.location,
      tags: [],
      notes: '',
      createdAt: now,
      updatedAt: now,
    };
    identity = { v: 1, id: identityId(obs.platform, obs.key), platform: obs.platform, key: obs.key, personId, url: obs.url, firstSeenAt: now, lastSeenAt: now };
    await tx.objectStore('people').put(Person.parse(person));
    await tx.objectStore('identities').put(Identity.parse(identity));
    await tx.objectStore('snapshots').put(Snapshot.parse(snapshotOf(deps, obs, personId, now)));
    return { personId, created: true, changed: true };
  }

  // Only a profile that shows a first-degree contact can settle a request (accepted-elsewhere.ts).
  const settled = obs.facts.degree === 1 ? await settleAcceptedElsewhere(tx.objectStore('requests'), person.id, obs.platform) : [];
  const latest = await latestSnapshot(tx.objectStore('snapshots').index('personTime'), person.id, obs);
  if (latest && sameFacts(latest.facts, obs.facts)) return { personId: person.id, created: false, changed: settled.length > 0 };
  await tx.objectStore('people').put(Person.parse(personFromFacts(person, obs.facts, now)));
  await tx.objectStore('identities').put(Identity.parse({ ...identity, url: obs.url, lastSeenAt: now }));
  await tx.objectStore('snapshots').put(Snapshot.parse(snapshotOf(deps, obs, person.id, now)));
  return { personId: person.id, created: false, changed: true };
}

function snapshotOf(deps: Deps, obs: ProfileObservation, personId: string, now: number): Snapshot {
  return { v: 1, id: deps.newId(), personId, platform: obs.platform, key: obs.key, observedAt: now, url: obs.url, facts: obs.facts };
}

/** The newest valid snapshot of this person from the same platform and profile key. */
async function latestSnapshot(
  index: IDBPIndex<JournalDB, typeof PROFILE_STORES, 'snapshots', 'personTime', 'readwrite'>,
  personId: string,
  obs: ProfileObservation,
): Promise<Snapshot | undefined> {
  const range = IDBKeyRange.bound([personId, 0], [personId, Number.MAX_SAFE_INTEGER]);
  for (let cursor = await index.openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    const parsed = Snapshot.safeParse(cursor.value);
    if (parsed.success && parsed.data.platform === obs.platform && parsed.data.key === obs.key) return parsed.data;
  }
  return undefined;
}

export interface PersonView {
  person: Person;
  identities: Identity[];
  latest?: Snapshot;
}

/** A person with identities and newest snapshot, found by platform + profile key. Invalid records are quarantined. */
export async function getPersonByIdentity(deps: Deps, platform: Platform, key: string): Promise<PersonView | null> {
  const now = deps.now();
  const tx = deps.db.transaction(['people', 'identities', 'snapshots'], 'readonly');
  const rawIdentity = await tx.objectStore('identities').get(identityId(platform, key));
  if (!rawIdentity) return null;
  const idCheck = checkRecords('identities', Identity, [rawIdentity], recordKey, now);
  const identity = idCheck.valid[0];
  if (!identity) {
    await tx.done;
    await quarantine(deps.db, idCheck.invalid);
    return null;
  }
  const [rawPerson, rawIdentities, rawSnapshots] = await Promise.all([
    tx.objectStore('people').get(identity.personId),
    tx.objectStore('identities').index('personId').getAll(identity.personId),
    tx.objectStore('snapshots').index('personId').getAll(identity.personId),
  ]);
  await tx.done;
  const people = checkRecords('people', Person, rawPerson ? [rawPerson] : [], recordKey, now);
  const ids = checkRecords('identities', Identity, rawIdentities, recordKey, now);
  const snaps = checkRecords('snapshots', Snapshot, rawSnapshots, recordKey, now);
  await quarantine(deps.db, [...people.invalid, ...ids.invalid, ...snaps.invalid]);
  const person = people.valid[0];
  if (!person) return null;
  const latest = snaps.valid.sort((a, b) => b.observedAt - a.observedAt)[0];
  return { person, identities: ids.valid, ...(latest ? { latest } : {}) };
}
