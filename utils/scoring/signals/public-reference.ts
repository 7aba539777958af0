import { phraseSignal } from './phrase';

/** Negative evidence (weak): refers to something the user posted or asked; anyone can read posts. */
export const publicReference = phraseSignal('public-reference', 'public-reference', -0.5, 'sigPublicReference');
