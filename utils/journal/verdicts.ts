import { atomically } from './atomic';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { RequestRecord } from '../model/requests';
import { Verdict, type VerdictKind } from '../model/relationships';

/** The user's judgement of a request; it replaces any earlier one for the same request. */
export async function setVerdict(deps: Deps, input: { requestId: string; verdict: VerdictKind }): Promise<Verdict> {
  const now = deps.now();
  const tx = deps.db.transaction(['requests', 'verdicts'], 'readwrite');
  return atomically(tx, async () => {
    const request = RequestRecord.safeParse(await tx.objectStore('requests').get(input.requestId));
    if (!request.success) throw new Error('verdict/set: no such request');
    for (const key of await tx.objectStore('verdicts').index('requestId').getAllKeys(input.requestId)) {
      await tx.objectStore('verdicts').delete(key);
    }
    const verdict: Verdict = { v: 1, id: deps.newId(), personId: request.data.personId, requestId: input.requestId, verdict: input.verdict, at: now };
    await tx.objectStore('verdicts').put(Verdict.parse(verdict));
    return verdict;
  });
}

/** Forgetting a verdict removes it entirely, so it no longer teaches the scorer. */
export async function clearVerdict(deps: Deps, input: { requestId: string }): Promise<{ removed: number }> {
  const tx = deps.db.transaction('verdicts', 'readwrite');
  const keys = await tx.store.index('requestId').getAllKeys(input.requestId);
  for (const key of keys) await tx.store.delete(key);
  await tx.done;
  return { removed: keys.length };
}

export async function listVerdicts(deps: Deps): Promise<Verdict[]> {
  const checked = checkRecords('verdicts', Verdict, await deps.db.getAll('verdicts'), recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  return checked.valid;
}
