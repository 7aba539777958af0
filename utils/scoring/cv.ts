import { bandOf, toScore } from './score';
import { summarise, type Confusion, type EvalSummary } from './detect';
import { textLogit } from './text-model/model';
import { trainTextModel, type TrainOptions } from './text-model/train';
import { examplesOf, foldsByFamily, type Row } from './training';
import { DEFAULT_THRESHOLDS, type Thresholds } from './types';

/**
 * k-fold cross-validation grouped by family: the text model is retrained for every fold on the other folds
 * (plus the extra training rows, which are never tested), so no template sits in both training and test.
 * "unclear" rows are scored but kept out of the binary figures. Pure.
 */
export interface CvScored {
  id: string;
  lang: string;
  label?: string;
  score: number;
  fold: number;
}

export interface CvSummary extends EvalSummary {
  genuineFlaggedShare: number;
  /** Labelled texts of each class (the n behind the shares). */
  collectors: number;
  genuine: number;
  /** Genuine texts scored 80 or more. */
  genuineFrom80: number;
  /** Area under the ROC curve of the score (ties count half); null without both classes. */
  auc: number | null;
  /**
   * The issue's operating point: the lowest threshold (highest recall) at which at most 3 % of genuine texts
   * score at or above it, and the collectors' recall there. Per language the overall threshold is used (a
   * language without genuine texts has no operating point of its own). Null without both classes overall.
   */
  atMost3PercentGenuineFlagged: OperatingPoint | null;
}

export interface OperatingPoint {
  threshold: number;
  recall: number;
  genuineFlagged: number;
  genuineFlaggedShare: number;
}

/** Highest share of genuine texts the issue allows to be flagged. */
export const MAX_GENUINE_FLAGGED = 0.03;

const round3 = (x: number) => Math.round(1000 * x) / 1000;

/** Recall and genuine flagged at `threshold`, or at the lowest threshold that flags ≤ maxShare of genuine texts. */
export function operatingPoint(collectorScores: readonly number[], genuineScores: readonly number[], threshold?: number, maxShare = MAX_GENUINE_FLAGGED): OperatingPoint | null {
  if (!collectorScores.length) return null;
  let t = threshold;
  if (t === undefined) {
    if (!genuineScores.length) return null;
    const allowed = Math.floor(maxShare * genuineScores.length + 1e-9);
    // Flag score ≥ t: the (allowed+1)-th highest genuine score must stay below t.
    const sorted = [...genuineScores].sort((a, b) => b - a);
    t = allowed < sorted.length ? sorted[allowed]! + 1 : 0;
  }
  const at = t;
  const fp = genuineScores.filter((s) => s >= at).length;
  return {
    threshold: at,
    recall: round3(collectorScores.filter((s) => s >= at).length / collectorScores.length),
    genuineFlagged: fp,
    genuineFlaggedShare: genuineScores.length ? round3(fp / genuineScores.length) : 0,
  };
}

/** Probability that a random collector outscores a random genuine text (ties half): the ranking alone. */
export function aucOf(collectorScores: readonly number[], genuineScores: readonly number[]): number | null {
  if (!collectorScores.length || !genuineScores.length) return null;
  let wins = 0;
  for (const c of collectorScores) for (const g of genuineScores) wins += c > g ? 1 : c === g ? 0.5 : 0;
  return Math.round((1000 * wins) / (collectorScores.length * genuineScores.length)) / 1000;
}

export interface CvReport {
  k: number;
  folds: number[];
  overall: CvSummary;
  byLang: Record<string, CvSummary>;
  unclearExcluded: number;
  genuineFlagged: string[];
  genuineFrom80: string[];
  /** Score bucket (0–9, 10–19, …) → texts and share of collectors among the labelled ones. */
  reliability: { bucket: string; n: number; collectorShare: number | null }[];
  scored: CvScored[];
}

function summary(scored: readonly CvScored[], thresholds: Thresholds, atThreshold?: number): CvSummary {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of scored) {
    if (s.label !== 'collector' && s.label !== 'genuine') continue;
    const flagged = bandOf(s.score, thresholds) === 'collector';
    if (s.label === 'collector') flagged ? c.tp++ : c.fn++;
    else flagged ? c.fp++ : c.tn++;
  }
  const genuine = c.fp + c.tn;
  const scoresOf = (label: string) => scored.filter((s) => s.label === label).map((s) => s.score);
  return {
    ...summarise(c),
    genuineFlaggedShare: genuine ? round3(c.fp / genuine) : 0,
    collectors: c.tp + c.fn,
    genuine,
    genuineFrom80: scoresOf('genuine').filter((s) => s >= 80).length,
    auc: aucOf(scoresOf('collector'), scoresOf('genuine')),
    atMost3PercentGenuineFlagged: operatingPoint(scoresOf('collector'), scoresOf('genuine'), atThreshold),
  };
}

export function crossValidate(rows: readonly Row[], extra: readonly Row[], options: { k?: number; thresholds?: Thresholds; train?: TrainOptions; foldSalt?: string } = {}): CvReport {
  const k = options.k ?? 5;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const foldOf = foldsByFamily(rows, k, options.foldSalt);
  const extraExamples = examplesOf(extra);
  const scored: CvScored[] = [];
  const sizes: number[] = [];
  for (let fold = 0; fold < k; fold++) {
    const test = rows.filter((r) => foldOf.get(r.family) === fold);
    sizes.push(test.length);
    const model = trainTextModel([...examplesOf(rows.filter((r) => foldOf.get(r.family) !== fold)), ...extraExamples], options.train);
    for (const r of test) {
      const score = toScore(r.offset + textLogit(model, r.features));
      scored.push({ id: r.id, lang: r.lang, ...(r.label ? { label: r.label } : {}), score, fold });
    }
  }
  const order = new Map(rows.map((r, i) => [r.id, i]));
  scored.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const langs = [...new Set(scored.map((s) => s.lang))].sort();
  const genuine = scored.filter((s) => s.label === 'genuine');
  const reliability = Array.from({ length: 10 }, (_, b) => {
    const inBucket = scored.filter((s) => Math.min(9, Math.floor(s.score / 10)) === b && (s.label === 'collector' || s.label === 'genuine'));
    const n = inBucket.length;
    const share = n ? Math.round((100 * inBucket.filter((s) => s.label === 'collector').length) / n) / 100 : null;
    return { bucket: `${b * 10}–${b === 9 ? 100 : b * 10 + 9}`, n, collectorShare: share };
  });
  const overall = summary(scored, thresholds);
  const at = overall.atMost3PercentGenuineFlagged?.threshold;
  return {
    k,
    folds: sizes,
    overall,
    byLang: Object.fromEntries(langs.map((l) => [l, summary(scored.filter((s) => s.lang === l), thresholds, at)])),
    unclearExcluded: scored.filter((s) => s.label === 'unclear').length,
    genuineFlagged: genuine.filter((s) => bandOf(s.score, thresholds) === 'collector').map((s) => s.id),
    genuineFrom80: genuine.filter((s) => s.score >= 80).map((s) => s.id),
    reliability,
    scored,
  };
}
