import { blockFor, readBlocked, type Blocked } from './blocked-people';
import { identityId } from './profiles';
import { Identity } from '../model/people';
import type { Derived } from './derived';
import type { Deps } from './profiles';
import { checkRecords, quarantine, recordKey } from './quarantine';
import { scoresFor, type ScoreView } from './request-scores';
import type { ScoringContext } from './scoring-state';
import type { Platform } from '../model/base';
import type { VerdictKind } from '../model/relationships';
import { RequestRecord, type RequestState } from '../model/requests';
import { readBadgeFacts, type BadgeFacts } from './inpage-known';

export interface InPageItem {
  key: string;
  requestId?: string;
  state?: RequestState;
  score?: ScoreView;
  verdict?: VerdictKind;
  blocked?: { reason: string; at: number };
  /** What else the journal knows about the person: only when asked with `brief: false` (badges the user turned to). */
  known?: BadgeFacts;
}

/**
 * What a request list's badges show for the cards on screen: the newest request of each person in this direction
 * with its score and verdict, and any blocklist entry (also for people the journal has no request from), the
 * person's other site's included.
 */
export async function readForBadges(deps: Deps, scoring: Derived<ScoringContext>, input: { platform: Platform; direction: 'received' | 'sent'; keys: readonly string[]; brief?: boolean }, blockedNow: () => Promise<Blocked> = () => readBlocked(deps)): Promise<InPageItem[]> {
  const keys = [...new Set(input.keys)];
  const tx = deps.db.transaction(['requests', 'identities'], 'readonly');
  const requestsOf = tx.objectStore('requests').index('identity');
  const [raw, people] = await Promise.all([
    Promise.all(keys.map((key) => requestsOf.getAll([input.platform, key, input.direction]))),
    // Each card's person (also without a request): a block on their other site's identity flags them here too.
    Promise.all(keys.map((key) => tx.objectStore('identities').get(identityId(input.platform, key)))),
  ]);
  await tx.done;
  const checked = checkRecords('requests', RequestRecord, raw.flat(), recordKey, deps.now());
  await quarantine(deps.db, checked.invalid);
  const newest = new Map<string, RequestRecord>();
  for (const r of checked.valid) if ((newest.get(r.key)?.firstSeenAt ?? -1) < r.firstSeenAt) newest.set(r.key, r);
  const requests = [...newest.values()];
  const [scores, blocked] = await Promise.all([scoresFor(deps, scoring, requests), blockedNow()]);
  const byKey = new Map(requests.map((r, i) => [r.key, { request: r, ...scores[i] }]));
  // Each card's person: its request's, else its identity's (a card without a request, or a request not yet read).
  const personIds = keys.map((key, i) => byKey.get(key)?.request.personId ?? Identity.safeParse(people[i]).data?.personId);
  // The person's meetings and earlier decisions: one batched read, and only for badges the user turned to (not for the pills).
  const asked = keys.flatMap((key, i) => {
    const personId = personIds[i];
    const shown = byKey.get(key)?.request.id;
    return personId ? [{ personId, ...(shown ? { shown } : {}) }] : [];
  });
  const facts = input.brief === false ? await readBadgeFacts(deps, asked) : undefined;
  return keys.map((key, i) => {
    const hit = byKey.get(key);
    const block = blockFor(blocked, input.platform, key, personIds[i]);
    const known = personIds[i] ? facts?.get(personIds[i]) : undefined;
    return {
      key,
      ...(hit ? { requestId: hit.request.id, state: hit.request.state } : {}),
      ...(hit?.score ? { score: hit.score } : {}),
      ...(hit?.verdict ? { verdict: hit.verdict } : {}),
      ...(block ? { blocked: { reason: block.reason, at: block.at } } : {}),
      ...(known && (known.met || known.earlier) ? { known } : {}),
    };
  });
}
