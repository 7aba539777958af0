import { atomically } from './atomic';
import type { Deps } from './profiles';
import { cleanTags } from './meetings';
import { PERSON_STORES, type MergeUndo } from '../model/person-views';
import { Person } from '../model/people';

type PersonStore = (typeof PERSON_STORES)[number];

const STORES = ['people', ...PERSON_STORES] as const;

/** Ids of the person's records in one store (interactions are indexed by person and time). */
async function idsOf(tx: IDBTransactionLike, store: PersonStore, personId: string): Promise<string[]> {
  const source = store === 'interactions'
    ? tx.objectStore('interactions').index('personTime').getAllKeys(IDBKeyRange.bound([personId, 0], [personId, Number.MAX_SAFE_INTEGER]))
    : tx.objectStore(store).index('personId').getAllKeys(personId);
  return (await source) as string[];
}
type IDBTransactionLike = ReturnType<Deps['db']['transaction']>;

/**
 * Merges `mergeId` into `keepId`: every record of the merged person (identities on both sites among them)
 * moves to the kept one, tags and notes are joined, and the merged person's record goes. One transaction.
 */
export async function mergePeople(deps: Deps, keepId: string, mergeId: string): Promise<{ person: Person; undo: MergeUndo }> {
  if (keepId === mergeId) throw new Error('a person cannot be merged with itself');
  const now = deps.now();
  const tx = deps.db.transaction([...STORES], 'readwrite');
  return atomically(tx, async () => {
    const keep = Person.parse(await tx.objectStore('people').get(keepId));
    const merged = Person.parse(await tx.objectStore('people').get(mergeId));
    const moved: MergeUndo['moved'] = [];
    for (const store of PERSON_STORES) {
      for (const id of await idsOf(tx, store, mergeId)) {
        const record = (await tx.objectStore(store).get(id)) as { personId: string };
        await tx.objectStore(store).put({ ...record, personId: keepId } as never);
        moved.push({ store, id });
      }
    }
    const person = Person.parse({
      ...keep,
      headline: keep.headline ?? merged.headline,
      company: keep.company ?? merged.company,
      location: keep.location ?? merged.location,
      tags: cleanTags([...keep.tags, ...merged.tags]).slice(0, 100),
      notes: [keep.notes, merged.notes].filter((n) => n.trim()).join('\n\n').slice(0, 20_000),
      createdAt: Math.min(keep.createdAt, merged.createdAt),
      updatedAt: now,
    });
    await tx.objectStore('people').put(person);
    await tx.objectStore('people').delete(mergeId);
    return { person, undo: { keep, merged, moved } };
  });
}

/** Undoes a merge: both people back as they were, the moved records back to the merged person. */
export async function undoMerge(deps: Deps, undo: MergeUndo): Promise<void> {
  const tx = deps.db.transaction([...STORES], 'readwrite');
  await atomically(tx, async () => {
    if (await tx.objectStore('people').getKey(undo.merged.id)) throw new Error('the merged person exists again: nothing to undo');
    for (const { store, id } of undo.moved) {
      const record = (await tx.objectStore(store).get(id)) as { personId: string } | undefined;
      if (record?.personId === undo.keep.id) await tx.objectStore(store).put({ ...record, personId: undo.merged.id } as never);
    }
    await tx.objectStore('people').put(undo.keep);
    await tx.objectStore('people').put(undo.merged);
  });
}

/**
 * Deletes a person and every record that names them: their records in every person store, the blocklist
 * entries and quarantined records of their profiles. Events stay (they are occasions, not people).
 */
export async function deletePerson(deps: Deps, personId: string): Promise<{ removed: number }> {
  const tx = deps.db.transaction([...STORES, 'blocklist', 'quarantine'], 'readwrite');
  return atomically(tx, async () => {
    if (!(await tx.objectStore('people').getKey(personId))) throw new Error('person not found');
    let removed = 0;
    const identityIds = await idsOf(tx, 'identities', personId);
    const keys = identityIds.map((id) => id.slice(id.indexOf(':') + 1));
    for (const store of PERSON_STORES) {
      for (const id of await idsOf(tx, store, personId)) {
        await tx.objectStore(store).delete(id);
        removed++;
      }
    }
    for (const id of identityIds) {
      if (await tx.objectStore('blocklist').getKey(id)) {
        await tx.objectStore('blocklist').delete(id);
        removed++;
      }
    }
    // Quarantined records are kept whole and unparsed: any that mentions the person's id or a profile key goes.
    const needles = [personId, ...keys];
    for (let cursor = await tx.objectStore('quarantine').openCursor(); cursor; cursor = await cursor.continue()) {
      const text = JSON.stringify(cursor.value);
      if (needles.some((n) => text.includes(n))) {
        await cursor.delete();
        removed++;
      }
    }
    await tx.objectStore('people').delete(personId);
    return { removed: removed + 1 };
  });
}
