import { phraseSignal } from './phrase';

/** Negative evidence: concrete business details (a quote, samples, a drawing, measurements). */
export const concreteDetail = phraseSignal('concrete-detail', 'concrete-detail', -0.6, 'sigConcreteDetail');
