import { reason, text } from '../signals/types';
import type { ScoringState, VerdictFeatures } from '../state/types';
import type { Reason } from '../types';
import { featureKeys } from './features';
import { applyModel, trainModel, type Model } from './naive-bayes';

export { featuresOf } from './features';
export { applyModel, trainModel, type Model } from './naive-bayes';

export const LEARNED_ID = 'learned';
/** Effects smaller than this (log-odds) are not shown and not applied. */
const MIN_EFFECT = 0.3;

const cache = new WeakMap<ScoringState, { version: number; model: Model }>();

/** The model for the state's current verdicts (retrained only when the verdicts changed). */
export function modelFor(state: ScoringState): Model {
  const hit = cache.get(state);
  if (hit && hit.version === state.verdictsVersion) return hit.model;
  const model = trainModel(state.verdicts.values());
  cache.set(state, { version: state.verdictsVersion, model });
  return model;
}

/** The learned adjustment as its own reason, or null while the model is neutral. */
export function learnedReason(state: ScoringState, features: VerdictFeatures): Reason | null {
  if (state.verdicts.size === 0) return null;
  const { weight, similar } = applyModel(modelFor(state), featureKeys(features));
  if (Math.abs(weight) < MIN_EFFECT) return null;
  const key = weight > 0 ? (similar > 0 ? 'sigLearnedCollector' : 'sigLearnedCollectorTraits') : similar > 0 ? 'sigLearnedGenuine' : 'sigLearnedGenuineTraits';
  const r = similar > 1 ? text(key, similar) : similar === 1 ? text(`${key}One`) : text(key);
  return reason(LEARNED_ID, weight, r, `${similar}`);
}
