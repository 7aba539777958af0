import { phraseSignal } from './phrase';

/** A generic compliment that fits anyone ("came across your profile", "interessantes Profil"). */
export const flattery = phraseSignal('flattery', 'flattery', 0.8, 'sigFlattery');
