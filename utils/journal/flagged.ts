import type { Derived } from './derived';
import { pendingRequestIds } from './pending';
import type { Deps } from './profiles';
import { judgedFor } from './request-scores';
import type { ScoringContext } from './scoring-state';
import { verdictsByRequest } from './verdicts';

/** How many pending received requests are flagged: scored "likely collector", or judged collector/spam by the user. */
export async function countFlagged(deps: Deps, scoring: Derived<ScoringContext>, pause?: () => Promise<void>): Promise<number> {
  const ids = await pendingRequestIds(deps);
  const [judged, byRequest] = await Promise.all([judgedFor(deps, scoring, ids, true, pause), verdictsByRequest(deps)]);
  return ids.filter((id) => {
    const verdict = byRequest.get(id);
    return verdict ? verdict !== 'genuine' : judged.get(id)?.band === 'collector';
  }).length;
}
