import type { RequestAnalysis } from '../analysis';
import type { ScoringSettings } from '../settings';
import type { ScoringState } from '../state/types';
import type { Reason, ReasonText, RequestInput } from '../types';

export interface SignalContext {
  settings: ScoringSettings;
  analysis: RequestAnalysis;
}

/** A named, pure piece of evidence: `(input, state, ctx) → Reason | null`. */
export interface Signal {
  id: string;
  run: (input: RequestInput, state: ScoringState, ctx: SignalContext) => Reason | null;
}

export function text(key: string, ...subs: (string | number)[]): ReasonText {
  return { key, subs: subs.map(String) };
}

/** Rounds a weight to two decimals so results are stable to print and compare. */
export function reason(id: string, weight: number, reasonText: ReasonText, evidence?: string): Reason {
  return { id, weight: Math.round(weight * 100) / 100, reason: reasonText, ...(evidence ? { evidence } : {}) };
}

/** At most `max` code points (never half an emoji), with "…" when cut. */
export function cut(s: string, max: number): string {
  const points = [...s];
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : s;
}

/** Short verbatim evidence: the first items, each cut to a readable length. */
export function evidenceOf(items: readonly string[], max = 2): string {
  return items
    .slice(0, max)
    .map((s) => cut(s, 80))
    .join(' · ');
}
