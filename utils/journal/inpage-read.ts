import { blocksFor } from './blocklist';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { scoresFor, type ScoreView } from './request-scores';
import type { ScoringContext } from './scoring-state';
import type { Platform } from '../model/base';
import type { VerdictKind } from '../model/relationships';
import { RequestRecord, type RequestState } from '../model/requests';

export interface InPageItem {
  key: string;
  requestId?: string;
  state?: RequestState;
  score?: ScoreView;
  verdict?: VerdictKind;
  blocked?: { reason: string; at: number };
}

/**
 * What a request list's badges show for the cards on screen: the newest request of each person in this direction
 * with its score and verdict, and any blocklist entry (also for people the journal has no request from).
 */
export async function readForBadges(deps: Deps, scoring: Derived<ScoringContext>, input: { platform: Platform; direction: 'received' | 'sent'; keys: readonly string[] }): Promise<InPageItem[]> {
  const keys = [...new Set(input.keys)];
  const tx = deps.db.transaction('requests', 'readonly');
  const raw = await Promise.all(keys.map((key) => tx.store.index('identity').getAll([input.platform, key, input.direction])));
  await tx.done;
  const checked = checkRecords('requests', RequestRecord, raw.flat(), recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  const newest = new Map<string, RequestRecord>();
  for (const r of checked.valid) if ((newest.get(r.key)?.firstSeenAt ?? -1) < r.firstSeenAt) newest.set(r.key, r);
  const requests = [...newest.values()];
  const [scores, blocks] = await Promise.all([scoresFor(deps, scoring, requests), blocksFor(deps, input.platform, keys)]);
  const byKey = new Map(requests.map((r, i) => [r.key, { request: r, ...scores[i] }]));
  return keys.map((key) => {
    const hit = byKey.get(key);
    const block = blocks.get(key);
    return {
      key,
      ...(hit ? { requestId: hit.request.id, state: hit.request.state } : {}),
      ...(hit?.score ? { score: hit.score } : {}),
      ...(hit?.verdict ? { verdict: hit.verdict } : {}),
      ...(block ? { blocked: { reason: block.reason, at: block.at } } : {}),
    };
  });
}
