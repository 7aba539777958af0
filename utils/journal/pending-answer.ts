import type { Derived } from './derived';
import type { KeptAnswers } from './kept-answers';
import { listPendingRequests, type PendingItem } from './pending';
import type { Deps } from './profiles';
import { requestTime } from './request-time';
import { scoresFor, type ScoreView } from './request-scores';
import { verdictsByRequest } from './verdicts';
import type { VerdictKind } from '../model/relationships';
import type { ScoringContext } from './scoring-state';
import { protocol, type ResponseOf } from '../messaging/protocol';
import type { PopupRequest } from '../messaging/popup-protocol';
import { popupKeptKey } from '../messaging/kept';
import { blockFor, readBlocked, type Blocked } from './blocked-people';
export { POPUP_LIMIT } from '../messaging/limits';

/** The newest `limit` pending requests with their senders, scores and verdicts, computed from the journal. */
async function computePending(deps: Deps, scoring: Derived<ScoringContext>, limit: number) {
  // The scorer's history is read (or built) while the list is: after a worker start both come from IndexedDB.
  const [{ items, total }, blocked] = await Promise.all([listPendingRequests(deps, limit), readBlocked(deps), scoring.get()]);
  const scores = await scoresFor(deps, scoring, items.map((item) => item.request));
  return { total, items: items.map((item, i) => ({ ...item, ...scores[i], ...blockedOf(blocked, item) })) };
}

/** The blocklist entry of a request's sender, as the answers carry it (their other site's included). */
function blockedOf(blocked: Blocked, { request }: PendingItem): { blocked?: { reason: string; at: number } } {
  const entry = blockFor(blocked, request.platform, request.key, request.personId);
  return entry ? { blocked: { reason: entry.reason, at: entry.at } } : {};
}

/**
 * The newest `limit` pending requests with their whole request and person records (tests, tools). Kept between the
 * worker's lives until the next write, like the popup's answer below.
 */
export function pendingAnswer(deps: Deps, scoring: Derived<ScoringContext>, kept: KeptAnswers, limit: number) {
  return kept.answer(`requests/pending:${limit}`, protocol['requests/pending'].response, () => computePending(deps, scoring, limit));
}

/**
 * The popup's answer: the same requests, only what its first view shows. Kept between the worker's lives and across
 * browser restarts until the next write: the popup opens on a worker that was stopped, and reading and scoring the
 * whole history again before its first render took seconds (over a second even with the history kept); slim,
 * because the kept copy is read, checked and cloned on every open. The popup reads this kept copy from
 * storage.session itself (utils/messaging/kept.ts) and asks only when there is none.
 */
export function popupAnswer(deps: Deps, scoring: Derived<ScoringContext>, kept: KeptAnswers, limit: number) {
  return kept.answer(popupKeptKey(limit), protocol['requests/popup'].response, async () => {
    const { total, items } = await computePending(deps, scoring, limit);
    return { total, items: items.map(popupRequest) };
  }, { lasting: true });
}

/**
 * The popup's list before its scores (`unscored`): the kept answer when there is one, else the same requests with the
 * user's verdicts and no score, never kept. After a worker start with nothing kept, the scorer's history is built from
 * the whole journal first (seconds at 30,000 people); the popup shows this list meanwhile, marked as being checked.
 */
export async function popupListUnscored(deps: Deps, kept: KeptAnswers, limit: number): Promise<ResponseOf<'requests/popup'>> {
  const ready = await kept.reread(popupKeptKey(limit), protocol['requests/popup'].response);
  if (ready) return ready;
  const [{ total, items }, byRequest, blocked] = await Promise.all([listPendingRequests(deps, limit), verdictsByRequest(deps), readBlocked(deps)]);
  return { total, items: items.map((item) => popupRequest({ ...item, verdict: byRequest.get(item.request.id), ...blockedOf(blocked, item) })) };
}

function popupRequest({ request, person, verdict, score, blocked }: PendingItem & { verdict?: VerdictKind; score?: ScoreView; blocked?: { reason: string; at: number } }): PopupRequest {
  return {
    id: request.id,
    platform: request.platform,
    key: request.key,
    name: person.displayName,
    ...(person.headline ? { headline: person.headline } : {}),
    note: request.note,
    at: requestTime(request),
    ...(verdict ? { verdict } : {}),
    ...(score ? { score } : {}),
    ...(blocked ? { blocked } : {}),
  };
}
