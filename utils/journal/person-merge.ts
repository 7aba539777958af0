import { atomically } from './atomic';
import type { Deps } from './profiles';
import { cadenceId, ownCadenceDays, readCadence, syncCadence } from './cadence';
import { cleanTags, lastInteractionAt, type MeetingTx } from './meetings';
import { settleOlderFollowUps } from './reminders';
import { getSettings } from './settings-store';
import { PERSON_STORES, type MergeUndo } from '../model/person-views';
import { Person } from '../model/people';
import { Reminder } from '../model/reminders';
import { joinTagsAndNotes } from '../model/person-join';
import { PersonMissingError } from '../model/person-missing';
import { fnv1a } from '../scoring/fingerprint/hash';

type PersonStore = (typeof PERSON_STORES)[number];

export const STORES = ['people', ...PERSON_STORES] as const;
type Tx = ReturnType<Deps['db']['transaction']>;

/** Ids of the person's records in one store (interactions are indexed by person and time). */
export async function idsOf(tx: Tx, store: PersonStore, personId: string): Promise<string[]> {
  const source = store === 'interactions'
    ? tx.objectStore('interactions').index('personTime').getAllKeys(IDBKeyRange.bound([personId, 0], [personId, Number.MAX_SAFE_INTEGER]))
    : tx.objectStore(store).index('personId').getAllKeys(personId);
  return (await source) as string[];
}

// The cadence helpers read and write only 'reminders' and 'interactions', which a merge's transaction holds.
const asMeetingTx = (tx: Tx) => tx as unknown as MeetingTx;

/**
 * Merges `mergeId` into `keepId`: every record of the merged person (identities on both sites among them)
 * moves to the kept one, tags and notes are joined, and the merged person's record goes. A person has one
 * keep-in-touch reminder at most: the merged person's goes, and the kept one follows the joined tags and the
 * kept person's own cadence (else the merged person's). Follow-ups too: the one of the most recent meeting stays open.
 * One transaction.
 */
export async function mergePeople(deps: Deps, keepId: string, mergeId: string): Promise<{ person: Person; undo: MergeUndo }> {
  if (keepId === mergeId) throw new Error('a person cannot be merged with itself');
  const settings = await getSettings(deps);
  const now = deps.now();
  const tx = deps.db.transaction([...STORES], 'readwrite');
  return atomically(tx, async () => {
    const keep = await personOrMissing(tx, keepId);
    const merged = await personOrMissing(tx, mergeId);
    const reminders = tx.objectStore('reminders');
    const cadences = { keep: await readCadence(reminders, keepId), merged: await readCadence(reminders, mergeId) };
    const moved: MergeUndo['moved'] = [];
    for (const store of PERSON_STORES) {
      for (const id of await idsOf(tx, store, mergeId)) {
        if (store === 'reminders' && id === cadenceId(mergeId)) continue; // joined below
        const record = (await tx.objectStore(store).get(id)) as { personId: string };
        await tx.objectStore(store).put({ ...record, personId: keepId } as never);
        moved.push({ store, id });
      }
    }
    if (cadences.merged) await tx.objectStore('reminders').delete(cadenceId(mergeId));
    // What the record cannot hold is cut here as the page said before the user confirmed (MergeDelete.tsx).
    const joined = joinTagsAndNotes(keep, merged);
    const person = Person.parse({
      ...keep,
      headline: keep.headline ?? merged.headline,
      company: keep.company ?? merged.company,
      location: keep.location ?? merged.location,
      tags: cleanTags(joined.tags),
      notes: joined.notes,
      createdAt: Math.min(keep.createdAt, merged.createdAt),
      updatedAt: now,
    });
    await tx.objectStore('people').put(person);
    await tx.objectStore('people').delete(mergeId);
    // Both records' follow-ups are now the kept person's: the one of the most recent meeting stays (undoMerge reopens the rest).
    await settleOlderFollowUps(reminders, keepId, now);
    const own = ownCadenceDays(cadences.keep) ?? ownCadenceDays(cadences.merged);
    await syncCadence(asMeetingTx(tx), person, settings.tagCadences ?? {}, await lastInteractionAt(asMeetingTx(tx), keepId), now, own ?? null);
    return { person, undo: { keep, merged, moved, keptAt: person.updatedAt, cadences: { ...(cadences.keep ? { keep: cadences.keep } : {}), ...(cadences.merged ? { merged: cadences.merged } : {}) } } };
  });
}

/**
 * Undoes a merge: both people back as they were, the moved records back to the merged person, and with them what
 * was recorded since for the merged person's profiles (snapshots and requests of their identities, verdicts on
 * those requests, messages from them). Refused when the kept person changed after the merge (an undo would lose that change) or is gone.
 */
export async function undoMerge(deps: Deps, undo: MergeUndo): Promise<void> {
  const tx = deps.db.transaction([...STORES], 'readwrite');
  await atomically(tx, async () => {
    if (await tx.objectStore('people').getKey(undo.merged.id)) throw new Error('the merged person exists again: nothing to undo');
    const now = Person.safeParse(await tx.objectStore('people').get(undo.keep.id)).data;
    if (!now || now.updatedAt !== undo.keptAt) throw new Error('the person changed after the merge: it can no longer be undone');
    const back = async (store: PersonStore, id: string) => {
      const record = (await tx.objectStore(store).get(id)) as { personId: string } | undefined;
      if (record?.personId === undo.keep.id) await tx.objectStore(store).put({ ...record, personId: undo.merged.id } as never);
    };
    for (const { store, id } of undo.moved) await back(store, id);
    const profiles = new Set(undo.moved.filter((m) => m.store === 'identities').map((m) => m.id));
    const requests = new Set<string>();
    for (const store of ['snapshots', 'requests'] as const) {
      for (const raw of await tx.objectStore(store).index('personId').getAll(undo.keep.id)) {
        const record = raw as { id: string; platform: string; key: string };
        if (!profiles.has(`${record.platform}:${record.key}`)) continue;
        await back(store, record.id);
        if (store === 'requests') requests.add(record.id);
      }
    }
    const fromMoved = [...profiles].map(messageOf);
    for (const id of await idsOf(tx, 'interactions', undo.keep.id)) if (fromMoved.some((names) => names(id))) await back('interactions', id);
    for (const id of await idsOf(tx, 'verdicts', undo.keep.id)) {
      const verdict = (await tx.objectStore('verdicts').get(id)) as { requestId?: string } | undefined;
      if (verdict?.requestId && requests.has(verdict.requestId)) await back('verdicts', id);
    }
    await reopenMergeSettled(tx, [undo.keep.id, undo.merged.id], undo.keptAt);
    await tx.objectStore('reminders').delete(cadenceId(undo.keep.id));
    for (const cadence of [undo.cadences.keep, undo.cadences.merged]) if (cadence) await tx.objectStore('reminders').put(cadence);
    await tx.objectStore('people').put(undo.keep);
    await tx.objectStore('people').put(undo.merged);
  });
}

/** A person the merge names, or the worded refusal when they were deleted or merged meanwhile. */
async function personOrMissing(tx: Tx, id: string): Promise<Person> {
  const raw: unknown = await tx.objectStore('people').get(id);
  if (raw === undefined) throw new PersonMissingError();
  return Person.parse(raw);
}

/**
 * Whether an interaction id is a message from this profile (`platform:key`). Messages are filed by who sent them,
 * not by person: read on a page, `msg:<platform>:<key>:<hash>` or, for a long key, `msg:<platform>:#<hash of key>:…`
 * (messages.ts); imported, `import:<platform>:msg:<hash>:<hash of platform:key>` (import/linkedin-messages.ts).
 */
export function messageOf(identityId: string): (interactionId: string) => boolean {
  const platform = identityId.slice(0, identityId.indexOf(':'));
  const key = identityId.slice(platform.length + 1);
  const prefixes = [`msg:${platform}:${key}:`, `msg:${platform}:#${fnv1a(key).toString(36)}:`];
  const imported = `import:${platform}:msg:`;
  const importedEnd = `:${fnv1a(identityId).toString(36)}`;
  return (id) => prefixes.some((p) => id.startsWith(p)) || (id.startsWith(imported) && id.endsWith(importedEnd));
}

/**
 * The follow-ups a merge cancelled (closed at the merge's own moment, which undo already requires the kept person
 * still to carry) open again. One that a contact had answered in that same millisecond opens too, and is cancelled
 * again at the next look at what is due: reopening is always safe, losing a follow-up is not.
 */
async function reopenMergeSettled(tx: Tx, personIds: readonly string[], mergedAt: number): Promise<void> {
  const store = asMeetingTx(tx).objectStore('reminders');
  for (const personId of personIds) {
    for (const raw of await store.index('personId').getAll(personId)) {
      const reminder = Reminder.safeParse(raw).data;
      if (reminder?.kind !== 'follow-up' || reminder.state !== 'cancelled' || reminder.closedAt !== mergedAt) continue;
      const { closedAt: _closed, ...open } = reminder;
      await store.put({ ...open, state: 'open' });
    }
  }
}
