import type { DueItem } from '../../utils/model/reminders';
import { DAY_MS } from '../../utils/reminders/schedule';
import { formatDay } from '../../utils/text/dates';
import { dueWhen } from '../journal/reminder-line';
import { useT } from '../i18n';

// "due today" names no day; the other two name the reminder's.
const DUE_KEYS = { today: 'journal_dueToday', due: 'journal_dueOn', overdue: 'journal_dueOverdue' } as const;

/** The Due tab: reminders due now, then those coming this week; snooze or done on each. */
export function DueList(props: {
  items: readonly DueItem[];
  now: number;
  locale: string;
  onSnooze: (id: string, until: number) => void;
  onDone: (id: string) => void;
  onOpenPerson: (personId: string) => void;
}) {
  const t = useT();
  const day = (ms: number) => formatDay(ms, props.locale);
  if (!props.items.length) return <p class="empty">{t('journal_dueEmpty')}</p>;
  const due = props.items.filter((i) => i.reminder.dueAt <= props.now);
  const later = props.items.filter((i) => i.reminder.dueAt > props.now);
  const list = (items: readonly DueItem[]) => (
    <ul class="due-list">
      {items.map(({ reminder, name, eventName, metAt }) => (
        <li key={reminder.id} class="due" data-reminder={reminder.id} data-person={reminder.personId}>
          <button type="button" class="link" onClick={() => props.onOpenPerson(reminder.personId)}>
            {t(reminder.kind === 'follow-up' ? 'journal_noticeFollowUp' : 'journal_noticeGetInTouch', name)}
          </button>
          <p class="small muted">
            {metAt !== undefined ? (eventName ? t('journal_metAt', [eventName, day(metAt)]) : t('journal_metOn', day(metAt))) : null}
            {metAt !== undefined ? ' · ' : null}
            {t(DUE_KEYS[dueWhen(reminder.dueAt, props.now)], day(reminder.dueAt))}
          </p>
          <div class="actions">
            <button type="button" aria-label={`${t('journal_snoozeLabel', name)}: ${t('journal_snoozeDay')}`} onClick={() => props.onSnooze(reminder.id, props.now + DAY_MS)}>
              {t('journal_snoozeDay')}
            </button>
            <button type="button" aria-label={`${t('journal_snoozeLabel', name)}: ${t('journal_snoozeWeek')}`} onClick={() => props.onSnooze(reminder.id, props.now + 7 * DAY_MS)}>
              {t('journal_snoozeWeek')}
            </button>
            <button type="button" class="primary" aria-label={t('journal_doneLabel', name)} onClick={() => props.onDone(reminder.id)}>
              {t('journal_done')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
  return (
    <div data-testid="due-list">
      {due.length ? (
        <>
          <h2 class="small-heading">{t('journal_dueNow')}</h2>
          {list(due)}
        </>
      ) : null}
      {later.length ? (
        <>
          <h2 class="small-heading">{t('journal_dueUpcoming')}</h2>
          {list(later)}
        </>
      ) : null}
    </div>
  );
}
