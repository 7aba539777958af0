import { phraseSignal } from './phrase';

/** The platform's default invitation text. */
export const defaultText = phraseSignal('default-text', 'default-text', 0.5, 'sigDefaultText');
