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

function summary(scored: readonly CvScored[], thresholds: Thresholds): CvSummary {
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
    genuineFlaggedShare: genuine ? Math.round((1000 * c.fp) / genuine) / 1000 : 0,
    collectors: c.tp + c.fn,
    genuine,
    genuineFrom80: scoresOf('genuine').filter((s) => s >= 80).length,
    auc: aucOf(scoresOf('collector'), scoresOf('genuine')),
  };
}

export function crossValidate(rows: readonly Row[], extra: readonly Row[], options: { k?: number; thresholds?: Thresholds; train?: TrainOptions } = {}): CvReport {
  const k = options.k ?? 5;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const foldOf = foldsByFamily(rows, k);
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
  return {
    k,
    folds: sizes,
    overall: summary(scored, thresholds),
    byLang: Object.fromEntries(langs.map((l) => [l, summary(scored.filter((s) => s.lang === l), thresholds)])),
    unclearExcluded: scored.filter((s) => s.label === 'unclear').length,
    genuineFlagged: genuine.filter((s) => bandOf(s.score, thresholds) === 'collector').map((s) => s.id),
    genuineFrom80: genuine.filter((s) => s.score >= 80).map((s) => s.id),
    reliability,
    scored,
  };
}
