import type { Derived } from './derived';
import { readyInTime } from './person-open-requests';
import type { Deps } from './profiles';
import type { ScoreView } from './request-scores';
import { senderFacts, summariseSnapshots, type ScoringContext } from './scoring-state';
import { getSettings } from './settings-store';
import { scoreProfile } from '../scoring/profile-score';
import type { Platform } from '../model/base';
import type { PersonRecords } from '../model/person-views';

/**
 * This page on a profile without an open request (issue 17 §3): what the profile and the person's history say, as
 * a score with its reasons, or undefined when nothing counts or the scorer's history is not ready within
 * SCORE_WAIT_MS (the person is shown at once; the score comes with the next open).
 */
export async function profileScoreOf(deps: Deps, scoring: Derived<ScoringContext>, platform: Platform, key: string, records: PersonRecords): Promise<ScoreView | undefined> {
  const [context, settings] = await Promise.all([readyInTime(scoring.get()), getSettings(deps)]);
  if (!context) return undefined;
  const snapshots = summariseSnapshots(records.snapshots).get(records.person.id);
  const sender = senderFacts(platform, key, records.person, snapshots);
  const result = scoreProfile({ platform, sender }, context.state, deps.now(), { genuineBelow: settings.genuineBelow, collectorFrom: settings.collectorFrom });
  if (!result) return undefined;
  return { value: result.score, band: result.band, reasons: result.reasons.map((r) => ({ id: r.id, weight: r.weight, key: r.reason.key, subs: r.reason.subs })) };
}
