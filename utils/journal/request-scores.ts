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

/** Scores and the user's verdicts for these requests: what the popup, the dashboard and the in-page badges show. */
export async function scoresFor(deps: Deps, scoring: Derived<ScoringContext>, requests: readonly Pick<RequestRecord, 'id'>[]): Promise<{ verdict?: VerdictKind; score?: ScoreView }[]> {
  const [verdicts, context, settings] = await Promise.all([listVerdicts(deps), scoring.get(), getSettings(deps)]);
  const byRequest = new Map(verdicts.map((v) => [v.requestId, v.verdict]));
  const thresholds = { genuineBelow: settings.genuineBelow, collectorFrom: settings.collectorFrom };
  return requests.map((request) => {
    const verdict = byRequest.get(request.id);
    const input = context.inputs.get(request.id);
    const result = input ? scoreRequest(input, context.state, thresholds, { now: deps.now(), textModel: committedTextModel() }) : undefined;
    return {
      ...(verdict ? { verdict } : {}),
      ...(result ? { score: { value: result.score, band: result.band, reasons: result.reasons.map((r) => ({ id: r.id, weight: r.weight, key: r.reason.key, subs: r.reason.subs })) } } : {}),
    };
  });
}
