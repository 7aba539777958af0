/** Shapes shared by the scoring core. Pure data: no browser, no storage, no clock. */

export type Platform = 'xing' | 'linkedin';
export type Lang = 'de' | 'en';

/** What a request card or profile showed about the sender. */
export interface SenderFacts {
  key?: string;
  name?: string;
  headline?: string;
  contactCount?: number;
  /** The page showed a capped count ("999+" on XING, "500+" on LinkedIn). */
  contactCountCapped?: boolean;
  /** "YYYY" or "YYYY-MM". */
  memberSince?: string;
  /** Exact counts Handschlag saw on two visits of the profile: the earliest and the latest, days apart. */
  contactsSeen?: { from: number; to: number; days: number };
}

/** One received contact request as the scorer sees it. */
export interface RequestInput {
  id: string;
  /** The note; '' when the request came without one. */
  text: string;
  platform?: Platform;
  lang?: Lang;
  /** Epoch milliseconds. */
  receivedAt?: number;
  sender?: SenderFacts;
}

/** A locale message key with its substitutions ($1, $2, …), rendered by the UI or a CLI. */
export interface ReasonText {
  key: string;
  subs: string[];
}

/** One named piece of evidence. Positive weight pushes towards "collector", negative towards "genuine". */
export interface Reason {
  id: string;
  /** Log-odds units; the score is a logistic of the summed weights. */
  weight: number;
  reason: ReasonText;
  /** The words or facts that triggered the reason, verbatim where possible. */
  evidence?: string;
}

export type Band = 'genuine' | 'unclear' | 'collector';

export interface ScoreResult {
  /** Integer 0..100. */
  score: number;
  band: Band;
  /** Ordered by |weight| descending (ties by id). */
  reasons: Reason[];
}

/** User settings: score < genuineBelow is "likely genuine", score ≥ collectorFrom is "likely collector". */
export interface Thresholds {
  genuineBelow: number;
  collectorFrom: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { genuineBelow: 35, collectorFrom: 65 };

export type VerdictKind = 'genuine' | 'collector' | 'spam';
