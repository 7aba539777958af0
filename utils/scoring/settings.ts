/**
 * Tunable numbers of the scorer. Platform facts (how soon a request can be withdrawn, …) change, so they are
 * settings with defaults rather than constants spread over the signals.
 */
export interface ScoringSettings {
  /** Added to the summed weights before the logistic: the prior that a request is a collector. */
  bias: number;
  /** Estimated Jaccard similarity (word shingles) from which two notes count as the same text. */
  similarFrom: number;
  /** Notes with fewer normalised words are too short to compare (e.g. "wie besprochen"). */
  minWordsToCompare: number;
  /** A withdrawal this soon after the request was first seen counts as quick. */
  quickWithdrawMs: number;
  /** Requests inside ±burstWindowMs around this one form its burst. */
  burstWindowMs: number;
  /** Requests inside ±rapidWindowMs count as a rapid (automated-looking) burst. */
  rapidWindowMs: number;
  /** A pitch message this soon after accepting counts. */
  pitchWindowMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const DEFAULT_SETTINGS: ScoringSettings = {
  bias: -0.7,
  similarFrom: 0.42,
  minWordsToCompare: 7,
  quickWithdrawMs: 14 * DAY,
  burstWindowMs: 60 * MINUTE,
  rapidWindowMs: 5 * MINUTE,
  pitchWindowMs: 7 * DAY,
};

export function withDefaults(partial?: Partial<ScoringSettings>): ScoringSettings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
