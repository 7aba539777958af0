import type { Derived } from './derived';
import { yieldToTasks } from './event-loop';
import type { Deps } from './profiles';
import type { ScoringContext } from './scoring-state';
import { getSettings } from './settings-store';
import { verdictsByRequest } from './verdicts';
import { scoreRequest } from '../scoring/score';
import { committedTextModel } from '../scoring/text-model/committed';
import type { RequestRecord } from '../model/requests';
import type { VerdictKind } from '../model/relationships';

export interface ScoreView {
  value: number;
  band: 'genuine' | 'unclear' | 'collector';
  reasons: { id: string; weight: number; key: string; subs: string[] }[];
}

/** A score's value and band: what filters, orders and the toolbar count need (the reasons are for what is shown). */
export type Judged = Pick<ScoreView, 'value' | 'band'>;

/**
 * What was scored so far, kept with the scorer's history it came from: a new history (after any write) starts with
 * none. Shared by every view, so the toolbar count, the popup and the dashboard score each request once.
 * `judged`: value and band of every request scored (small; the toolbar count covers all pending requests).
 * `views`: the full view with its reasons of the most recently shown ones, bounded so a 30,000-request journal
 * does not keep 30,000 reason lists in the worker's heap.
 */
interface Kept {
  judged: Map<string, Judged | null>;
  views: Map<string, ScoreView | null>;
}
const kept = new WeakMap<ScoringContext, Kept>();

/** Views kept per history: the popup shows 200, the dashboard pages of 100, badges a screenful. */
export const KEPT_VIEWS = 1500;

function keptFor(context: ScoringContext): Kept {
  let entry = kept.get(context);
  if (!entry) kept.set(context, (entry = { judged: new Map(), views: new Map() }));
  return entry;
}

type Thresholds = { genuineBelow: number; collectorFrom: number };

/** Scores one request against the history, and keeps its value and band there. */
function scoreOne(deps: Deps, context: ScoringContext, thresholds: Thresholds, id: string) {
  const input = context.inputs.get(id);
  const result = input ? scoreRequest(input, context.state, thresholds, { now: deps.now(), textModel: committedTextModel() }) : undefined;
  keptFor(context).judged.set(id, result ? { value: result.score, band: result.band } : null);
  return result;
}

/** The full view of one request: kept, or scored now and kept (the oldest kept view makes room). */
function viewOf(deps: Deps, context: ScoringContext, thresholds: Thresholds, id: string, keep: number): ScoreView | null {
  const { views } = keptFor(context);
  const hit = views.get(id);
  if (hit !== undefined) {
    // Most recently used last: Map keeps insertion order, so the first key is the one to drop.
    views.delete(id);
    views.set(id, hit);
    return hit;
  }
  const result = scoreOne(deps, context, thresholds, id);
  const view = result ? { value: result.score, band: result.band, reasons: result.reasons.map((r) => ({ id: r.id, weight: r.weight, key: r.reason.key, subs: r.reason.subs })) } : null;
  views.set(id, view);
  if (views.size > keep) views.delete(views.keys().next().value as string);
  return view;
}

const thresholdsOf = async (deps: Deps): Promise<Thresholds> => {
  const { genuineBelow, collectorFrom } = await getSettings(deps);
  return { genuineBelow, collectorFrom };
};

/** Scores and the user's verdicts for these requests: what the popup, the dashboard and the in-page badges show. */
export async function scoresFor(deps: Deps, scoring: Derived<ScoringContext>, requests: readonly Pick<RequestRecord, 'id'>[], keep = KEPT_VIEWS): Promise<{ verdict?: VerdictKind; score?: ScoreView }[]> {
  const [byRequest, context, thresholds] = await Promise.all([verdictsByRequest(deps), scoring.get(), thresholdsOf(deps)]);
  return requests.map((request) => {
    const verdict = byRequest.get(request.id);
    const score = viewOf(deps, context, thresholds, request.id, keep);
    return { ...(verdict ? { verdict } : {}), ...(score ? { score } : {}) };
  });
}

/**
 * Scores are computed in slices of at most this many milliseconds of work, so other messages (the popup, a badge)
 * are answered in between: a slice of 1,000 requests held the worker for over a second.
 */
const SLICE_MS = 10;


/**
 * Value and band of these requests (null: the scorer has no view of it), computing only those not kept yet; with
 * `compute: false`, only what is kept. The answer is the whole kept map of the history it was computed with.
 */
export async function judgedFor(
  deps: Deps,
  scoring: Derived<ScoringContext>,
  ids: readonly string[],
  compute = true,
  /** Between slices: background work waits here for the messages being answered. */
  pause: () => Promise<void> = yieldToTasks,
): Promise<ReadonlyMap<string, Judged | null>> {
  const [context, thresholds] = await Promise.all([scoring.get(), thresholdsOf(deps)]);
  const { judged } = keptFor(context);
  const missing = compute ? ids.filter((id) => !judged.has(id)) : [];
  // performance.now() paces the work only; no result depends on it.
  let sliceStart = performance.now();
  for (const id of missing) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
    if (!judged.has(id)) scoreOne(deps, context, thresholds, id);
  }
  return judged;
}
