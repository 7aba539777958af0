import { phraseSignal } from './phrase';

/** A vague benefit ("Synergien", "Win-Win", "mutually beneficial"). */
export const vagueBenefit = phraseSignal('vague-benefit', 'vague-benefit', 1, 'sigVagueBenefit');
