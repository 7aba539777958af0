import { atomically } from './atomic';
import type { Deps } from './profiles';
import { checkRecords, moveToQuarantine, quarantine, recordKey, type QuarantineTx } from './quarantine';
import { RequestRecord } from '../model/requests';
import { Verdict, type VerdictKind } from '../model/relationships';

/** The user's judgement of a request; it replaces any earlier one for the same request. */
export async function setVerdict(deps: Deps, input: { requestId: string; verdict: VerdictKind }): Promise<Verdict> {
  const now = deps.now();
  const tx = deps.db.transaction(['requests', 'verdicts', 'quarantine'], 'readwrite');
  return atomically(tx, async () => {
    const request = RequestRecord.safeParse(await tx.objectStore('requests').get(input.requestId));
    if (!request.success) throw new Error('verdict/set: no such request');
    // The earlier verdict is replaced; a damaged one is quarantined, never deleted unseen.
    const earlier = checkRecords('verdicts', Verdict, await tx.objectStore('verdicts').index('requestId').getAll(input.requestId), recordKey, now);
    await moveToQuarantine(tx as unknown as QuarantineTx, earlier.invalid);
    for (const old of earlier.valid) await tx.objectStore('verdicts').delete(old.id);
    const verdict: Verdict = { v: 1, id: deps.newId(), personId: request.data.personId, requestId: input.requestId, verdict: input.verdict, at: now };
    await tx.objectStore('verdicts').put(Verdict.parse(verdict));
    return verdict;
  });
}

/** Forgetting a verdict removes it entirely, so it no longer teaches the scorer. */
export async function clearVerdict(deps: Deps, input: { requestId: string }): Promise<{ removed: number }> {
  const tx = deps.db.transaction(['verdicts', 'quarantine'], 'readwrite');
  return atomically(tx, async () => {
    const found = checkRecords('verdicts', Verdict, await tx.objectStore('verdicts').index('requestId').getAll(input.requestId), recordKey, deps.now());
    await moveToQuarantine(tx as unknown as QuarantineTx, found.invalid);
    for (const verdict of found.valid) await tx.objectStore('verdicts').delete(verdict.id);
    return { removed: found.valid.length };
  });
}

export async function listVerdicts(deps: Deps): Promise<Verdict[]> {
  const checked = checkRecords('verdicts', Verdict, await deps.db.getAll('verdicts'), recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  return checked.valid;
}

/** The user's verdict on each request (the popup, the badges' scores and the toolbar count read them so). */
export async function verdictsByRequest(deps: Deps): Promise<Map<Verdict['requestId'], Verdict['verdict']>> {
  return new Map((await listVerdicts(deps)).map((v) => [v.requestId, v.verdict]));
}
