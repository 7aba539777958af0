import { phraseSignal } from './phrase';
import type { Signal } from './types';
import { evidenceOf, reason, text } from './types';

/** A guide, checklist, e-book, webinar, free analysis or trial named as the hook. */
export const leadMagnet = phraseSignal('lead-magnet', 'lead-magnet', 0.7, 'score_sigLeadMagnet');
/** A price, discount or deadline ("Early Bird", "endet morgen"). */
export const priceDeadline = phraseSignal('price-deadline', 'price-deadline', 1, 'score_sigPriceDeadline');
/** Asking a stranger for time: "15 Minuten", "kurzes Telefonat", "quick call", a scheduling link. */
export const meetingAsk = phraseSignal('meeting-ask', 'meeting-ask', 0.8, 'score_sigMeetingAsk');
/** The second step of a scripted sequence: "hast du meine letzte Nachricht gesehen?", "just following up". */
export const followUpBump = phraseSignal('follow-up-bump', 'follow-up-bump', 1.2, 'score_sigFollowUpBump');
/** A sales claim with figures ("75 % der KMU", "50.000 €/Jahr"). */
export const salesClaim = phraseSignal('sales-claim', 'sales-claim', 0.8, 'score_sigSalesClaim');
/** Personalisation that names only an industry, a city or a job title: it fits a whole list of people. */
export const genericPersonalisation = phraseSignal('generic-personalisation', 'generic-personalisation', 0.6, 'score_sigGenericPersonalisation');

const OFFER = ['sales-pitch', 'free-offer', 'lead-magnet', 'meeting-ask', 'price-deadline', 'sales-claim'] as const;
const ID = 'intro-offer';

/** A first message that introduces the sender and then offers something: the cold pitch's skeleton. */
export const introOffer: Signal = {
  id: ID,
  run(_input, _state, { analysis }) {
    const intro = analysis.phrases.get('self-intro');
    if (!intro?.length) return null;
    const offer = OFFER.flatMap((c) => analysis.phrases.get(c) ?? []);
    if (offer.length === 0) return null;
    const words = [intro[0]!, offer[0]!];
    return reason(ID, 0.8, text('score_sigIntroOffer', evidenceOf(words)), evidenceOf(words, 3));
  },
};
