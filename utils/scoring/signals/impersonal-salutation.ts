import { phraseSignal } from './phrase';

/** Addressed to nobody in particular ("Sehr geehrte/r Frau/Herr", "Dear Sir/Madam"). */
export const impersonalSalutation = phraseSignal('impersonal-salutation', 'impersonal-salutation', 2, 'sigImpersonalSalutation');
