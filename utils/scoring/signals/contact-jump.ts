import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'contact-jump';
const MONTH_DAYS = 30;

/**
 * The contact count grew fast between two visits of the sender's profile (exact counts only: a capped "999+"
 * cannot grow). A hundred new contacts a month is far more than people meet; collectors add them by the batch.
 * Growth over less than a week is spread over a week, so two visits a day apart cannot inflate the rate.
 */
export const contactJump: Signal = {
  id: ID,
  run(input) {
    const seen = input.sender?.contactsSeen;
    if (!seen || seen.days < 1) return null;
    const growth = seen.to - seen.from;
    const perMonth = (growth / Math.max(seen.days, 7)) * MONTH_DAYS;
    if (growth < 50 || perMonth < 100) return null;
    const days = Math.round(seen.days);
    // One day has its own words ("in one day", not "in 1 days"), as the other signals' counts of one do.
    const words = days === 1 ? text('sigContactsJumpedOneDay', growth) : text('sigContactsJumped', growth, days);
    return reason(ID, perMonth >= 300 ? 1.2 : 0.7, words, `${seen.from} → ${seen.to} in ${days} d`);
  },
};
