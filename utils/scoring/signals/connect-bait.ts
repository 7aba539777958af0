import { phraseSignal } from './phrase';

/** Something promised in return for accepting ("connect and I'll send it"). */
export const connectBait = phraseSignal('connect-bait', 'connect-bait', 1, 'sigConnectBait');
