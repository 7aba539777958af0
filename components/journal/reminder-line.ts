import type { Translate } from '../../utils/i18n';
import type { Reminder } from '../../utils/model/reminders';
import { formatDay, sameDay } from '../../utils/text/dates';

const FOLLOW_UP_KEYS = { due: 'journal_followUpDue', today: 'card_followUpToday', overdue: 'card_followUpOverdue' } as const;
const KEEP_IN_TOUCH_KEYS = { due: 'journal_keepInTouchDue', today: 'card_keepInTouchToday', overdue: 'card_keepInTouchOverdue' } as const;

/**
 * An open reminder in words, the same on the profile card, in the popup and on the person page: due on a later
 * day ("Follow-up due 9 Dec 2026"), due today (earlier or later today: not "overdue since" nor "due" today's own
 * date), or overdue since an earlier day. `overdue` is true once its time has passed. Pure: time, locale and words given.
 */
export function reminderLine(r: Pick<Reminder, 'kind' | 'dueAt'>, ctx: { t: Translate; locale: string; now: number }): { text: string; overdue: boolean } {
  const overdue = r.dueAt <= ctx.now;
  const when = sameDay(r.dueAt, ctx.now) ? 'today' : overdue ? 'overdue' : 'due';
  const key = (r.kind === 'follow-up' ? FOLLOW_UP_KEYS : KEEP_IN_TOUCH_KEYS)[when];
  return { text: ctx.t(key, formatDay(r.dueAt, ctx.locale)), overdue };
}
