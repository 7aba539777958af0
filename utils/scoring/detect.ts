import { parseLine, type Label } from './corpus';
import { renderReason, type RenderText } from './render';
import { scoreRequest, type ScoreOptions } from './score';
import { addToState, createState, requestEvent } from './state/state';
import type { MyProfile, ScoringState } from './state/types';
import { DEFAULT_THRESHOLDS, type Lang, type RequestInput, type ScoreResult, type Thresholds } from './types';

/**
 * The detect run behind `npm run detect`: requests in the order received, each scored against the requests
 * before it and then added to the history, as the journal would. No verdicts are fed in. Pure.
 */
export interface DetectOptions extends ScoreOptions {
  thresholds?: Thresholds;
  me?: MyProfile;
}

export interface Detector {
  state: ScoringState;
  /** Scores a request against the history so far, then remembers it. */
  next(input: RequestInput): ScoreResult;
}

export function createDetector(options: DetectOptions = {}): Detector {
  const state = createState();
  if (options.me) addToState(state, { type: 'me', profile: options.me });
  return {
    state,
    next(input) {
      const result = scoreRequest(input, state, options.thresholds ?? DEFAULT_THRESHOLDS, options);
      addToState(state, requestEvent(input));
      return result;
    },
  };
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface EvalSummary {
  band: 'collector';
  labelled: number;
  precision: number;
  recall: number;
  f1: number;
  confusion: Confusion;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Precision, recall and F1 of the "likely collector" band against the labels. */
export function summarise(confusion: Confusion): EvalSummary {
  const { tp, fp, fn, tn } = confusion;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    band: 'collector',
    labelled: tp + fp + fn + tn,
    precision: round3(precision),
    recall: round3(recall),
    f1: round3(f1),
    confusion: { ...confusion },
  };
}

export type OutputLine =
  | { id: string; score: number; band: string; reasons: { id: string; weight: number; reason: string }[] }
  | { id?: string; error: string; line: number };

export interface DetectRun {
  lines: OutputLine[];
  /** Present when `evaluate` was asked for. */
  summary?: EvalSummary;
  failed: number;
  /** Per labelled request, for tests and tuning. */
  results: { input: RequestInput; label?: Label; result: ScoreResult }[];
}

/** Runs the detector over JSONL text. `renderers` render reason texts per language (default en). */
export function runDetect(
  jsonl: string,
  renderers: Record<Lang, RenderText>,
  options: DetectOptions & { evaluate?: boolean } = {},
): DetectRun {
  const detector = createDetector(options);
  const run: DetectRun = { lines: [], failed: 0, results: [] };
  const confusion: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const rows = jsonl.split(/\r?\n/);
  rows.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const parsed = parseLine(raw);
    if (!parsed.ok) {
      run.failed++;
      run.lines.push({ ...(parsed.id ? { id: parsed.id } : {}), error: parsed.error, line: i + 1 });
      return;
    }
    const result = detector.next(parsed.input);
    const render = renderers[parsed.input.lang ?? 'en'];
    run.lines.push({
      id: parsed.input.id,
      score: result.score,
      band: result.band,
      reasons: result.reasons.map((r) => renderReason(r, render)),
    });
    run.results.push({ input: parsed.input, ...(parsed.label ? { label: parsed.label } : {}), result });
    if (parsed.label) {
      const flagged = result.band === 'collector';
      const positive = parsed.label === 'collector';
      if (flagged && positive) confusion.tp++;
      else if (flagged) confusion.fp++;
      else if (positive) confusion.fn++;
      else confusion.tn++;
    }
  });
  if (options.evaluate) run.summary = summarise(confusion);
  return run;
}
