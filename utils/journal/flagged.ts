import type { Derived } from './derived';
import { pendingRequestIds } from './pending';
import type { Deps } from './profiles';
import { judgedFor } from './request-scores';
import type { ScoringContext } from './scoring-state';
import { verdictsByRequest } from './verdicts';
import { blockedPendingIds, readBlocked } from './blocked-people';

/**
 * How many pending received requests are flagged: scored "likely collector", from someone on the blocklist, or
 * judged collector/spam by the user (whose "genuine" on the request itself outweighs the rest).
 */
export async function countFlagged(deps: Deps, scoring: Derived<ScoringContext>, pause?: () => Promise<void>): Promise<number> {
  const ids = await pendingRequestIds(deps);
  const [judged, byRequest, blocked] = await Promise.all([
    judgedFor(deps, scoring, ids, true, pause),
    verdictsByRequest(deps),
    readBlocked(deps).then((b) => blockedPendingIds(deps, b)),
  ]);
  return ids.filter((id) => {
    const verdict = byRequest.get(id);
    return verdict ? verdict !== 'genuine' : blocked.has(id) || judged.get(id)?.band === 'collector';
  }).length;
}
