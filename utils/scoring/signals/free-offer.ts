import { phraseSignal } from './phrase';

/** A free e-book, webinar, whitepaper, checklist, demo … offered as bait. */
export const freeOffer = phraseSignal('free-offer', 'free-offer', 1.5, 'sigFreeOffer');
