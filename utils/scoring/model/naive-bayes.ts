import type { VerdictRecord } from '../state/types';
import { featureKeys } from './features';
import { compareText } from '../../order';

/**
 * A small Bernoulli naive Bayes over note words and signal ids, trained deterministically from the user's
 * verdicts ("collector" and "spam" are one class). It stays on the machine: it is rebuilt from the verdicts
 * in the state whenever they change, so forgetting a verdict removes its effect exactly.
 */
export interface Model {
  nCollector: number;
  nGenuine: number;
  collector: Map<string, number>;
  genuine: Map<string, number>;
  /** Feature sets of the training verdicts, for "similar to N requests you marked …". */
  examples: { collector: boolean; keys: Set<string> }[];
}

const ALPHA = 1;
/** How strongly the mean log-likelihood ratio moves the score, and the cap of the effect (log-odds). */
const SCALE = 5;
const CAP = 2.5;

export function trainModel(verdicts: Iterable<VerdictRecord>): Model {
  const model: Model = { nCollector: 0, nGenuine: 0, collector: new Map(), genuine: new Map(), examples: [] };
  const sorted = [...verdicts].sort((a, b) => compareText(a.requestId, b.requestId));
  for (const v of sorted) {
    const isCollector = v.verdict !== 'genuine';
    const keys = new Set(featureKeys(v.features));
    const counts = isCollector ? model.collector : model.genuine;
    if (isCollector) model.nCollector++;
    else model.nGenuine++;
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    model.examples.push({ collector: isCollector, keys });
  }
  return model;
}

export interface ModelEvidence {
  /** Log-odds to add: positive towards collector. 0 when the model has nothing to say. */
  weight: number;
  /** Verdicts of the favoured class that share at least a third of this request's features. */
  similar: number;
}

export function applyModel(model: Model, keys: readonly string[]): ModelEvidence {
  if (model.nCollector + model.nGenuine === 0 || keys.length === 0) return { weight: 0, similar: 0 };
  const pC = (k: string) => ((model.collector.get(k) ?? 0) + ALPHA) / (model.nCollector + 2 * ALPHA);
  const pG = (k: string) => ((model.genuine.get(k) ?? 0) + ALPHA) / (model.nGenuine + 2 * ALPHA);
  let sum = 0;
  for (const k of keys) {
    if (!model.collector.has(k) && !model.genuine.has(k)) continue; // unseen: no evidence either way
    sum += Math.log(pC(k)) - Math.log(pG(k));
  }
  const raw = (SCALE * sum) / keys.length;
  const weight = Math.max(-CAP, Math.min(CAP, raw));
  const favoured = weight >= 0;
  let similar = 0;
  for (const ex of model.examples) {
    if (ex.collector !== favoured) continue;
    let common = 0;
    for (const k of keys) if (ex.keys.has(k)) common++;
    if (common / keys.length >= 1 / 3) similar++;
  }
  return { weight, similar };
}
