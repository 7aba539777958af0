import type { Translate } from '../../utils/i18n';
import type { Reminder } from '../../utils/model/reminders';
import { formatDay, sameDay } from '../../utils/text/dates';

const FOLLOW_UP_KEYS = { due: 'journal_followUpDue', today: 'card_followUpToday', overdue: 'card_followUpOverdue' } as const;
const KEEP_IN_TOUCH_KEYS = { due: 'journal_keepInTouchDue', today: 'card_keepInTouchToday', overdue: 'card_keepInTouchOverdue' } as const;

/**
 * When a reminder is due, as people say it: today (earlier or later today: not "overdue since" nor "due on" today's
 * own date), on a later day, or overdue since an earlier day. Pure.
 */
export function dueWhen(dueAt: number, now: number): 'today' | 'due' | 'overdue' {
  return sameDay(dueAt, now) ? 'today' : dueAt > now ? 'due' : 'overdue';
}

/**
 * An open reminder in words, the same on the profile card, in the popup and on the person page (dueWhen):
 * "Follow-up due 9 Dec 2026", "Follow-up due today", "Follow-up overdue since 5 Dec 2026". `overdue` is true once
 * its time has passed. Pure: time, locale and words given.
 */
export function reminderLine(r: Pick<Reminder, 'kind' | 'dueAt'>, ctx: { t: Translate; locale: string; now: number }): { text: string; overdue: boolean } {
  const key = (r.kind === 'follow-up' ? FOLLOW_UP_KEYS : KEEP_IN_TOUCH_KEYS)[dueWhen(r.dueAt, ctx.now)];
  return { text: ctx.t(key, formatDay(r.dueAt, ctx.locale)), overdue: r.dueAt <= ctx.now };
}
