// The scorer's history brought up to date after a request list read that added requests or found some withdrawn,
// instead of reading and fingerprinting the whole journal again: at 30,000 people that rebuild took seconds after
// every list read with a new request in it. The result must be what scoringContextFrom would build from the journal
// now (tests/unit/journal/scoring-extend.test.ts compares every score); where that cannot be told from the added
// records alone, it gives null and the caller rebuilds.
import type { Deps } from './profiles';
import type { IDBPTransaction } from 'idb';
import type { JournalDB } from './db-schema';
import { addReceived, addSteps, byRequestTime, summariseSnapshots, toInput, type ScoringContext } from './scoring-state';
import type { ListChange } from './write-effects';
import { isPlainPerson, isPlainRequest, readChecked } from '../model/plain-records';
import { Person, Snapshot } from '../model/people';
import { RequestRecord } from '../model/requests';
import { verdictFeatures } from '../scoring/score';
import { addToState } from '../scoring/state/state';

interface Addition {
  /** A request added or found withdrawn, as the journal holds it now. */
  request: RequestRecord;
  person: Person | undefined;
  snapshots: Snapshot[];
  /** The sender's other received requests as the journal holds them now. */
  others: RequestRecord[];
}

type Tx = IDBPTransaction<JournalDB, ('requests' | 'people' | 'snapshots')[], 'readonly'>;

/** The received requests of these ids with their senders' other requests (and, for added ones, the sender); undefined when one is gone or damaged. */
async function readChanged(tx: Tx, ids: readonly string[], withSender: boolean): Promise<Addition[] | undefined> {
  const requests = tx.objectStore('requests');
  const found = (await Promise.all(ids.map((id) => requests.get(id)))).map((raw) => readChecked(raw, isPlainRequest, RequestRecord));
  if (found.some((r) => !r)) return undefined;
  const received = (found as RequestRecord[]).filter((r) => r.direction === 'received');
  return Promise.all(
    received.map(async (request): Promise<Addition> => {
      const [person, snapshots, same] = await Promise.all([
        withSender ? tx.objectStore('people').get(request.personId) : undefined,
        withSender ? tx.objectStore('snapshots').index('personId').getAll(request.personId) : [],
        requests.index('identity').getAll([request.platform, request.key, 'received']),
      ]);
      return {
        request,
        person: withSender ? readChecked(person, isPlainPerson, Person) : undefined,
        snapshots: snapshots.flatMap((s) => Snapshot.safeParse(s).data ?? []),
        others: same.flatMap((raw) => readChecked(raw, isPlainRequest, RequestRecord) ?? []).filter((r) => r.id !== request.id),
      };
    }),
  );
}

/** A withdrawal the history can take as it is: a request it holds, its sender's newest, closed by this one step. */
function takesWithdrawal(context: ScoringContext, { request, others }: Addition): boolean {
  const last = request.history.at(-1);
  if (!context.inputs.has(request.id) || request.state !== 'withdrawn' || last?.state !== 'withdrawn' || last.by !== 'observed') return false;
  if (request.history.slice(0, -1).some((step) => step.state !== 'pending')) return false;
  // Newest of its sender: no later request of theirs took it for the one before (re-send events stay as they are).
  return others.every((o) => byRequestTime(o, request) < 0);
}

/**
 * The history with a list read's new requests added and its withdrawals taken in (mutated in place, returned as a
 * new context so that scores kept for the old one are not reused), or null when a rebuild is needed: a record gone
 * or damaged, an added request known already, or an added or withdrawn request that is not its sender's newest (a
 * rebuild would give the sender's later requests other re-send events). The history keeps its notes in the order a
 * rebuild adds them (noteOrder), wherever an added request's time falls, so notes, text groups, the time index and
 * the evidence orders come out as a rebuild's. The user's verdicts remember the signals of their request against the
 * whole history: theirs are taken again.
 */
export async function extendScoringContext(deps: Deps, context: ScoringContext, change: ListChange): Promise<ScoringContext | null> {
  const tx: Tx = deps.db.transaction(['requests', 'people', 'snapshots'], 'readonly');
  const [additions, withdrawals] = await Promise.all([readChanged(tx, change.added, true), readChanged(tx, change.withdrawn, false)]);
  await tx.done;
  if (!additions || !withdrawals) return null;
  if (additions.length === 0 && withdrawals.length === 0) return context; // sent requests: the scorer reads only received ones
  additions.sort((a, b) => byRequestTime(a.request, b.request));
  const added = new Set(additions.map((a) => a.request.id));
  for (const { request, others } of additions) {
    if (context.inputs.has(request.id)) return null;
    // Every other request of the sender comes before it, and is in the history or added before it.
    if (others.some((o) => byRequestTime(o, request) >= 0 || (!context.inputs.has(o.id) && !added.has(o.id)))) return null;
  }
  if (!withdrawals.every((w) => takesWithdrawal(context, w))) return null;
  for (const { request, person, snapshots, others } of additions) {
    const earlier = others.sort(byRequestTime).at(-1);
    addReceived(context, request, toInput(request, person, summariseSnapshots(snapshots).get(request.personId)), earlier);
  }
  for (const { request } of withdrawals) addSteps(context.state, request, context.inputs.get(request.id)!.sender!.key!, request.history.slice(-1));
  retakeVerdicts(context);
  return { state: context.state, inputs: context.inputs };
}

/** Each verdict again with its request's signals against the history as it is now, in the order a rebuild takes them. */
function retakeVerdicts(context: ScoringContext): void {
  const { state, inputs } = context;
  const verdicts = [...state.verdicts.values()].sort((a, b) => a.at - b.at);
  for (const v of verdicts) addToState(state, { type: 'forget-verdict', requestId: v.requestId });
  for (const v of verdicts) {
    const input = inputs.get(v.requestId)!;
    addToState(state, { type: 'verdict', requestId: v.requestId, senderKey: input.sender!.key!, verdict: v.verdict, at: v.at, features: verdictFeatures(input, state) });
  }
}
