import type { Derived } from './derived';
import { listPendingRequests } from './pending';
import type { Deps } from './profiles';
import { scoresFor } from './request-scores';
import type { ScoringContext } from './scoring-state';

/** How many pending received requests are flagged: scored "likely collector", or judged collector/spam by the user. */
export async function countFlagged(deps: Deps, scoring: Derived<ScoringContext>): Promise<number> {
  const { items } = await listPendingRequests(deps);
  const scores = await scoresFor(deps, scoring, items.map((i) => i.request));
  return scores.filter((s) => (s.verdict ? s.verdict !== 'genuine' : s.score?.band === 'collector')).length;
}
