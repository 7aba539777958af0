import { phraseSignal } from './phrase';

/** Negative evidence: the note names who referred the sender ("Herr Otten hat Sie mir empfohlen"). */
export const referral = phraseSignal('referral', 'referral', -1.2, 'sigReferral');
