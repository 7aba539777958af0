import type { Derived } from './derived';
import type { Deps } from './profiles';
import type { ScoringContext } from './scoring-state';
import { getSettings } from './settings-store';
import { listVerdicts } from './verdicts';
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
 * Value and band of every request scored so far, kept with the scorer's history they came from: a new history (after
 * any write) starts with none. Shared by every view, so the toolbar count and the dashboard score each request once.
 */
const kept = new WeakMap<ScoringContext, Map<string, Judged | null>>();

function keptFor(context: ScoringContext): Map<string, Judged | null> {
  let map = kept.get(context);
  if (!map) kept.set(context, (map = new Map()));
  return map;
}

type Thresholds = { genuineBelow: number; collectorFrom: number };

/** Scores one request against the history, and keeps its value and band there. */
function scoreOne(deps: Deps, context: ScoringContext, thresholds: Thresholds, id: string) {
  const input = context.inputs.get(id);
  const result = input ? scoreRequest(input, context.state, thresholds, { now: deps.now(), textModel: committedTextModel() }) : undefined;
  keptFor(context).set(id, result ? { value: result.score, band: result.band } : null);
  return result;
}

const thresholdsOf = async (deps: Deps): Promise<Thresholds> => {
  const { genuineBelow, collectorFrom } = await getSettings(deps);
  return { genuineBelow, collectorFrom };
};

/** Scores and the user's verdicts for these requests: what the popup, the dashboard and the in-page badges show. */
export async function scoresFor(deps: Deps, scoring: Derived<ScoringContext>, requests: readonly Pick<RequestRecord, 'id'>[]): Promise<{ verdict?: VerdictKind; score?: ScoreView }[]> {
  const [verdicts, context, thresholds] = await Promise.all([listVerdicts(deps), scoring.get(), thresholdsOf(deps)]);
  const byRequest = new Map(verdicts.map((v) => [v.requestId, v.verdict]));
  return requests.map((request) => {
    const verdict = byRequest.get(request.id);
    const result = scoreOne(deps, context, thresholds, request.id);
    return {
      ...(verdict ? { verdict } : {}),
      ...(result ? { score: { value: result.score, band: result.band, reasons: result.reasons.map((r) => ({ id: r.id, weight: r.weight, key: r.reason.key, subs: r.reason.subs })) } } : {}),
    };
  });
}

/** Scores are computed in slices, so other messages (a badge, the popup) are answered in between. */
const SLICE = 1000;

/**
 * Value and band of these requests (null: the scorer has no view of it), computing only those not kept yet; with
 * `compute: false`, only what is kept. The answer is the whole kept map of the history it was computed with.
 */
export async function judgedFor(deps: Deps, scoring: Derived<ScoringContext>, ids: readonly string[], compute = true): Promise<ReadonlyMap<string, Judged | null>> {
  const [context, thresholds] = await Promise.all([scoring.get(), thresholdsOf(deps)]);
  const judged = keptFor(context);
  const missing = compute ? ids.filter((id) => !judged.has(id)) : [];
  for (let i = 0; i < missing.length; i += SLICE) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const id of missing.slice(i, i + SLICE)) if (!judged.has(id)) scoreOne(deps, context, thresholds, id);
  }
  return judged;
}
