import { blockFor, readBlocked, type Blocked } from './blocked-people';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { requestTime } from './request-time';
import { scoresFor, type ScoreView } from './request-scores';
import type { ScoringContext } from './scoring-state';
import type { RequestRecord } from '../model/requests';
import type { VerdictKind } from '../model/relationships';

/** A pending request of the person on the open tab, as This page shows it (issue 17 §3). */
export interface OpenRequestView {
  id: string;
  platform: RequestRecord['platform'];
  at: number;
  verdict?: VerdictKind;
  score?: ScoreView;
  blocked?: { reason: string; at: number };
}

/**
 * How long This page waits for the scores: after a worker start with nothing kept, the scorer's history takes
 * seconds to build at 30,000 people, and the person must not wait for it (the scores come with the next open).
 */
export const SCORE_WAIT_MS = 300;

/** The value when it is ready within SCORE_WAIT_MS, else null; left running, it warms what the next open reads. */
export function readyInTime<T>(value: Promise<T>): Promise<T | null> {
  value.catch(() => undefined);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), SCORE_WAIT_MS));
  return Promise.race([value, late]);
}

/**
 * The person's pending received requests, newest first, scored with the same shared scores the Requests tab shows
 * (scoresFor keeps them per history, so the two views never disagree) when they are ready within SCORE_WAIT_MS, and
 * with the blocklist entry of the sender.
 */
export async function openRequestsOf(deps: Deps, scoring: Derived<ScoringContext>, requests: readonly RequestRecord[], blockedNow: () => Promise<Blocked> = () => readBlocked(deps)): Promise<OpenRequestView[]> {
  const pending = requests.filter((r) => r.state === 'pending' && r.direction === 'received').sort((a, b) => requestTime(b) - requestTime(a));
  if (pending.length === 0) return [];
  const [scores, blocked] = await Promise.all([readyInTime(scoresFor(deps, scoring, pending)), blockedNow()]);
  return pending.map((request, i) => {
    const entry = blockFor(blocked, request.platform, request.key, request.personId);
    return {
      id: request.id,
      platform: request.platform,
      at: requestTime(request),
      ...(scores ? scores[i] : {}),
      ...(entry ? { blocked: { reason: entry.reason, at: entry.at } } : {}),
    };
  });
}
