import { cut, reason, text } from '../signals/types';
import type { ScoringState, VerdictFeatures } from '../state/types';
import type { Reason } from '../types';
import { topPhrases } from './explain';
import type { TextFeatures } from './features';
import { textLogit, type TextModel } from './model';
import { compareText } from '../../order';

export { textFeatures, type TextFeatures } from './features';
export { deserialise, serialise, textLogit, type SerialisedTextModel, type TextModel } from './model';

export const TEXT_MODEL_ID = 'mass-outreach';

/** The text features a verdict remembers, with the named signals' log-odds at the time (for local learning). */
export function verdictText(tf: TextFeatures, offset: number): NonNullable<VerdictFeatures['text']> {
  return { i: tf.features.map((f) => f.index), v: tf.features.map((f) => f.value), offset: Math.round(offset * 1000) / 1000 };
}

/**
 * How far one verdict moves its own note's text logit, at most (one normalised logistic-regression step, local
 * only): the step is divided by the note's squared feature length, so a note of many concepts moves by this much as
 * a short one does, and another note moves by the share of features it has in common. Unnormalised (4 per feature),
 * one "Genuine" on one template moved every similar note by about 30 and emptied the collector band.
 */
export const LOCAL_RATE = 2;

const cache = new WeakMap<ScoringState, { version: number; model: TextModel; delta: Map<number, number> }>();

/**
 * The user's own correction of the text model: one gradient step per verdict from the committed weights,
 * in a fixed order. It is rebuilt from the verdicts in the state whenever they change, so forgetting a
 * verdict removes exactly its part. Nothing leaves the machine.
 */
export function localDelta(state: ScoringState, model: TextModel): ReadonlyMap<number, number> {
  const hit = cache.get(state);
  if (hit && hit.version === state.verdictsVersion && hit.model === model) return hit.delta;
  const delta = new Map<number, number>();
  const sorted = [...state.verdicts.values()].sort((a, b) => compareText(a.requestId, b.requestId));
  for (const v of sorted) {
    const t = v.features.text;
    if (!t || t.i.length === 0) continue;
    const features = t.i.map((index, k) => ({ index, value: t.v[k]! }));
    const p = 1 / (1 + Math.exp(-(t.offset + textLogit(model, features, delta))));
    const err = (v.verdict === 'genuine' ? 0 : 1) - p;
    const length2 = features.reduce((sum, f) => sum + f.value * f.value, 0);
    if (length2 === 0) continue;
    for (const f of features) delta.set(f.index, (delta.get(f.index) ?? 0) + (LOCAL_RATE * err * f.value) / length2);
  }
  cache.set(state, { version: state.verdictsVersion, model, delta });
  return delta;
}

/**
 * The text model's part of the score as one explained reason: "reads like mass outreach" (or "reads like a
 * personal note") with the two or three phrases that weighed most. Null for an empty note.
 */
export function textReason(tf: TextFeatures, model: TextModel, state: ScoringState): Reason | null {
  if (tf.features.length === 0) return null;
  const local = state.verdicts.size > 0 ? localDelta(state, model) : undefined;
  const z = textLogit(model, tf.features, local);
  const weight = Math.round(z * 100) / 100;
  if (weight === 0) return null;
  const phrases = topPhrases(model, tf, weight > 0, 3, local);
  const shown = phrases.map((p) => cut(p, 60)).join(' · ');
  const key = weight > 0 ? (shown ? 'score_massOutreach' : 'score_massOutreachPlain') : shown ? 'score_personalText' : 'score_personalTextPlain';
  return reason(TEXT_MODEL_ID, weight, shown ? text(key, shown) : text(key), phrases.join(' · '));
}
