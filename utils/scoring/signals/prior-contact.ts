import { phraseSignal } from './phrase';

/** Negative evidence: the note refers to a real conversation, call, visit or meeting. */
export const priorContact = phraseSignal('prior-contact', 'prior-contact', -1.4, 'sigPriorContact');
