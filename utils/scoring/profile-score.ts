import { scoreRequest } from './score';
import { colleague } from './signals/colleague';
import { contactCount } from './signals/contact-count';
import { contactJump } from './signals/contact-jump';
import { headlineSlogan } from './signals/headline-slogan';
import { metInPerson } from './signals/met-in-person';
import { mutualMet } from './signals/mutual-met';
import { nameDecoration } from './signals/name-decoration';
import { openNetworker } from './signals/open-networker';
import { pitchAfterAccept } from './signals/pitch-after-accept';
import { quickWithdrawal } from './signals/quick-withdrawal';
import type { Signal } from './signals/types';
import type { ScoringState } from './state/types';
import { DEFAULT_THRESHOLDS, type Platform, type ScoreResult, type SenderFacts, type Thresholds } from './types';

/**
 * What a person's profile and their history with the user say without any request: the contact count against the
 * profile's age, its growth, name and headline markers, a shared employer, earlier quick withdrawals, a pitch after
 * an accepted request, a logged meeting. Not the note's signals (there is none: "no note" would be invented) and not
 * the text model.
 */
export const PERSON_SIGNALS: readonly Signal[] = [
  contactCount, contactJump, nameDecoration, headlineSlogan, openNetworker, colleague, quickWithdrawal, pitchAfterAccept, metInPerson, mutualMet,
];

/**
 * The score of a profile seen without an open request (This page on a profile, issue 17 §3), or null when nothing
 * in the profile or the history counts either way: a bare prior would look like a judgement. Pure.
 */
export function scoreProfile(
  profile: { platform: Platform; sender: SenderFacts },
  state: ScoringState,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ScoreResult | null {
  const input = { id: `profile:${profile.sender.key ?? ''}`, text: '', platform: profile.platform, receivedAt: now, sender: profile.sender };
  const result = scoreRequest(input, state, thresholds, { now, signals: PERSON_SIGNALS });
  return result.reasons.length ? result : null;
}
