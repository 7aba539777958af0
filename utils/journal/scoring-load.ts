import type { z } from 'zod';
import { yieldToTasks } from './event-loop';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { Identity, Person, Snapshot } from '../model/people';
import { Interaction, Verdict } from '../model/relationships';
import { RequestRecord } from '../model/requests';
import { scoringContextFrom, type ScoringContext } from './scoring-state';
import { getSettings } from './settings-store';

/** Records per read: a `getAll` of 30,000 records is cloned onto the worker's thread in one task. */
const READ_SLICE = 2000;

/**
 * Every record of a store, read in slices of READ_SLICE by key within the caller's transaction: each slice arrives
 * as a task of its own, so messages (the popup's list) are answered between them. The next slice is asked for as
 * the previous one arrives, which keeps the transaction alive; it is one consistent read.
 */
export async function readInSlices(store: { keyPath: string | string[] | null; getAll(query?: IDBKeyRange | null, count?: number): Promise<unknown[]> }): Promise<unknown[]> {
  const keyPath = store.keyPath;
  if (typeof keyPath !== 'string') return store.getAll(); // every journal store is keyed by one field
  const out: unknown[] = [];
  for (let after: IDBValidKey | undefined; ; ) {
    const slice = await store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), READ_SLICE);
    for (const record of slice) out.push(record);
    if (slice.length < READ_SLICE) return out;
    after = (slice[slice.length - 1] as Record<string, IDBValidKey>)[keyPath];
  }
}

/** Reads what the scorer needs (records in one read transaction, then the user's own profile) and builds its history. */
export async function loadScoringContext(deps: Deps): Promise<ScoringContext> {
  const now = deps.now();
  const stores = ['requests', 'people', 'snapshots', 'identities', 'interactions', 'verdicts'] as const;
  const tx = deps.db.transaction([...stores], 'readonly');
  const [requests = [], people = [], snapshots = [], identities = [], interactions = [], verdicts = []] = await Promise.all(
    stores.map((s) => readInSlices(tx.objectStore(s))),
  );
  await tx.done;
  // Checked store by store with a turn of the event loop between (each is up to half a second at 30,000 people):
  // the popup's list, asked for meanwhile, is answered in between.
  const check = async <T>(store: (typeof stores)[number], schema: z.ZodType<T>, raw: unknown[]) => {
    await yieldToTasks();
    return checkRecords(store, schema, raw, recordKey, now);
  };
  const checked = {
    requests: await check('requests', RequestRecord, requests),
    people: await check('people', Person, people),
    snapshots: await check('snapshots', Snapshot, snapshots),
    identities: await check('identities', Identity, identities),
    interactions: await check('interactions', Interaction, interactions),
    verdicts: await check('verdicts', Verdict, verdicts),
  };
  await yieldToTasks();
  await quarantine(deps.db, Object.values(checked).flatMap((c) => c.invalid));
  const { me } = await getSettings(deps);
  return scoringContextFrom({
    ...(me ? { me } : {}),
    requests: checked.requests.valid,
    people: checked.people.valid,
    snapshots: checked.snapshots.valid,
    identities: checked.identities.valid,
    interactions: checked.interactions.valid,
    verdicts: checked.verdicts.valid,
  });
}
