import type { RequestAnalysis } from '../analysis';
import type { VerdictFeatures } from '../state/types';
import type { Reason } from '../types';

/**
 * The learning model's view of a request: the distinct words of its note (normalised, stemmed, names removed)
 * and the ids of the signals that fired. Stored with each verdict, so the model can be retrained from verdicts
 * alone and forgetting a verdict removes exactly its contribution. Pure.
 */
export function featuresOf(analysis: RequestAnalysis, reasons: readonly Reason[]): VerdictFeatures {
  const tokens = [...new Set(analysis.words.filter((w) => w.length >= 3))].sort();
  const signals = [...new Set(reasons.map((r) => r.id))].sort();
  return { tokens, signals };
}

/** Feature strings as the model counts them ("w:<token>", "s:<signal id>"). */
export function featureKeys(features: VerdictFeatures): string[] {
  return [...features.tokens.map((t) => `w:${t}`), ...features.signals.map((s) => `s:${s}`)];
}
