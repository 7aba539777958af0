import type { Derived } from './derived';
import type { KeptAnswers } from './kept-answers';
import { listPendingRequests } from './pending';
import type { Deps } from './profiles';
import { scoresFor } from './request-scores';
import type { ScoringContext } from './scoring-state';
import { protocol } from '../messaging/protocol';

/** What the popup asks for when it opens: the newest pending requests with their scores. */
export const POPUP_LIMIT = 200;

/**
 * The newest `limit` pending requests with their senders, scores and verdicts. Kept between the worker's lives until
 * the next write: the popup opens on a worker that was stopped, and reading and scoring the whole history again
 * before its first render took seconds.
 */
export function pendingAnswer(deps: Deps, scoring: Derived<ScoringContext>, kept: KeptAnswers, limit: number) {
  return kept.answer(`requests/pending:${limit}`, protocol['requests/pending'].response, async () => {
    const { items, total } = await listPendingRequests(deps, limit);
    const scores = await scoresFor(deps, scoring, items.map((item) => item.request));
    return { total, items: items.map((item, i) => ({ ...item, ...scores[i] })) };
  });
}
