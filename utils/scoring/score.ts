import { analyseRequest, type RequestAnalysis } from './analysis';
import { featuresOf, learnedReason } from './model';
import { withDefaults, type ScoringSettings } from './settings';
import { ALL_SIGNALS, type Signal } from './signals';
import { textFeatures, textReason, verdictText, type TextFeatures, type TextModel } from './text-model';
import type { ScoringState, VerdictFeatures } from './state/types';
import { DEFAULT_THRESHOLDS, type Band, type Reason, type RequestInput, type ScoreResult, type Thresholds } from './types';
import { compareText } from '../order';

export interface ScoreOptions {
  /** Injected clock, used only when the request has no receivedAt. */
  now?: number;
  settings?: Partial<ScoringSettings>;
  /** Replace the signal set (tests, draft linting). */
  signals?: readonly Signal[];
  /**
   * The learned text model (utils/scoring/text-model). Injected rather than imported: only the background and
   * the CLIs load the committed weights, so no content script or page carries them.
   */
  textModel?: TextModel;
}

export interface Evaluation {
  analysis: RequestAnalysis;
  /** Reasons of the rule signals, before the learned model. */
  reasons: Reason[];
  features: VerdictFeatures;
  settings: ScoringSettings;
  text: TextFeatures;
  /** bias + the rule signals' weights: the offset the text model was trained on. */
  ruleLogOdds: number;
}

/** Runs every signal once over a request. Pure. */
export function evaluateSignals(input: RequestInput, state: ScoringState, options: ScoreOptions = {}): Evaluation {
  const settings = withDefaults(options.settings);
  const analysis = analyseRequest(input, state, settings, options.now);
  const ctx = { settings, analysis };
  const reasons: Reason[] = [];
  for (const signal of options.signals ?? ALL_SIGNALS) {
    const r = signal.run(input, state, ctx);
    if (r && r.weight !== 0) reasons.push(r);
  }
  const ruleLogOdds = settings.bias + reasons.reduce((sum, r) => sum + r.weight, 0);
  const tf = textFeatures(input.text ?? '');
  const features = { ...featuresOf(analysis, reasons), ...(tf.features.length ? { text: verdictText(tf, ruleLogOdds) } : {}) };
  return { analysis, reasons, features, settings, text: tf, ruleLogOdds };
}

/** What a verdict on this request should remember (store it with the verdict event). */
export function verdictFeatures(input: RequestInput, state: ScoringState, options: ScoreOptions = {}): VerdictFeatures {
  return evaluateSignals(input, state, options).features;
}

export function bandOf(score: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Band {
  if (score >= thresholds.collectorFrom) return 'collector';
  if (score < thresholds.genuineBelow) return 'genuine';
  return 'unclear';
}

/** Logistic of the summed weights, as an integer 0..100. */
export function toScore(logOdds: number): number {
  return Math.round(100 / (1 + Math.exp(-logOdds)));
}

export function byWeight(a: Reason, b: Reason): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || compareText(a.id, b.id);
}

/**
 * The explainable collector score of one request against the history in `state`: every signal's weight
 * (log-odds) plus the learned adjustment plus a prior, through a logistic, banded by the user's thresholds.
 * Same input, same output: no clock, no randomness.
 */
export function scoreRequest(
  input: RequestInput,
  state: ScoringState,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  options: ScoreOptions = {},
): ScoreResult {
  const { reasons, features, settings, text } = evaluateSignals(input, state, options);
  const learned = learnedReason(state, features);
  const fromText = options.textModel ? textReason(text, options.textModel, state) : null;
  const all = [...reasons, ...(learned ? [learned] : []), ...(fromText ? [fromText] : [])];
  const total = settings.bias + all.reduce((sum, r) => sum + r.weight, 0);
  const score = toScore(total);
  return { score, band: bandOf(score, thresholds), reasons: [...all].sort(byWeight) };
}
