import { atomically } from './atomic';
import { blockId } from './blocklist';
import type { Deps } from './profiles';
import type { Platform } from '../model/base';
import { BlockEntry, Verdict } from '../model/relationships';
import { RequestRecord, type RequestState } from '../model/requests';

export type ConfirmedStep = 'accept' | 'decline' | 'report' | 'block';

export interface FlowRecord {
  platform: Platform;
  direction: 'received' | 'sent';
  key: string;
  /** What the user asked for: `block` also records the verdict "spam" and a blocklist entry. */
  action: 'accept' | 'decline' | 'block';
  /** The steps the content script clicked and saw confirmed on the page, in order. */
  confirmed: readonly ConfirmedStep[];
  reason: string;
}

// LinkedIn calls its decline "Ignore": the journal keeps the platform's own word.
const stateOf = (step: ConfirmedStep, platform: Platform): RequestState =>
  step === 'accept' ? 'accepted' : step === 'decline' ? (platform === 'linkedin' ? 'ignored' : 'declined') : step === 'report' ? 'reported' : 'blocked';

/**
 * Records what a verified flow did, in one transaction: each confirmed step in the request's history (the
 * newest request from this person in this direction), and for "Block spammer" the verdict "spam" and a
 * blocklist entry. All or nothing: a worker stopped midway leaves no half record.
 */
export async function recordFlow(deps: Deps, input: FlowRecord): Promise<{ requestId?: string; blocked: boolean }> {
  const now = deps.now();
  const tx = deps.db.transaction(['requests', 'verdicts', 'blocklist'], 'readwrite');
  return atomically(tx, async () => {
    const all = (await tx.objectStore('requests').index('identity').getAll([input.platform, input.key, input.direction]))
      .map((raw) => RequestRecord.safeParse(raw))
      .flatMap((p) => (p.success ? [p.data] : []))
      .sort((a, b) => b.firstSeenAt - a.firstSeenAt);
    const request = all[0];
    if (request && input.confirmed.length) {
      const steps = input.confirmed.map((step) => ({ state: stateOf(step, input.platform), at: { from: now, to: now }, by: 'user' as const }));
      // The newest request gets the steps; an older copy still pending (an imported Invitations.csv's) is the same request.
      for (const r of all) {
        if (r !== request && r.state !== 'pending') continue;
        // A step the request already shows since it was last open is not recorded twice (the same list in two tabs).
        const since = new Set(r.history.slice(r.history.map((h) => h.state).lastIndexOf('pending') + 1).map((h) => h.state));
        const fresh = steps.filter((s) => !since.has(s.state));
        if (!fresh.length) continue;
        const history = [...r.history, ...fresh];
        await tx.objectStore('requests').put(RequestRecord.parse({ ...r, state: history[history.length - 1]!.state, history }));
      }
    }
    if (input.action !== 'block') return request ? { requestId: request.id, blocked: false } : { blocked: false };
    if (request) {
      for (const key of await tx.objectStore('verdicts').index('requestId').getAllKeys(request.id)) await tx.objectStore('verdicts').delete(key);
      await tx.objectStore('verdicts').put(Verdict.parse({ v: 1, id: deps.newId(), personId: request.personId, requestId: request.id, verdict: 'spam', at: now }));
    }
    const entry: BlockEntry = { v: 1, id: blockId(input.platform, input.key), platform: input.platform, key: input.key, reason: input.reason.slice(0, 500), at: now };
    await tx.objectStore('blocklist').put(BlockEntry.parse(entry));
    return request ? { requestId: request.id, blocked: true } : { blocked: true };
  });
}
