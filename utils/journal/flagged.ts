import type { Derived } from './derived';
import { pendingRequestIds } from './pending';
import type { Deps } from './profiles';
import { judgedFor } from './request-scores';
import type { ScoringContext } from './scoring-state';
import { listVerdicts } from './verdicts';

/** How many pending received requests are flagged: scored "likely collector", or judged collector/spam by the user. */
export async function countFlagged(deps: Deps, scoring: Derived<ScoringContext>, pause?: () => Promise<void>): Promise<number> {
  const ids = await pendingRequestIds(deps);
  const [judged, verdicts] = await Promise.all([judgedFor(deps, scoring, ids, true, pause), listVerdicts(deps)]);
  const byRequest = new Map(verdicts.map((v) => [v.requestId, v.verdict]));
  return ids.filter((id) => {
    const verdict = byRequest.get(id);
    return verdict ? verdict !== 'genuine' : judged.get(id)?.band === 'collector';
  }).length;
}
