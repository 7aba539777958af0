import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DueItem } from '../../utils/model/reminders';
import { snoozeNextWeek, snoozeTomorrow } from '../../utils/reminders/calendar';
import { formatDay } from '../../utils/text/dates';
import { dueWhen } from '../journal/reminder-line';
import { useT } from '../i18n';
import { focusLost } from '../keyboard-focus';

// "due today" names no day; the other two name the reminder's.
const DUE_KEYS = { today: 'journal_dueToday', due: 'journal_dueOn', overdue: 'journal_dueOverdue' } as const;

/** How a reminder names its person: a button (the popup opens a tab) or a link in the page (the dashboard). */
type PersonOpener = { onOpenPerson: (personId: string) => void; personHref?: never } | { personHref: (personId: string) => string; onOpenPerson?: never };

/**
 * The Due tab (and the dashboard's Reminders, under its own heading, hence `headingLevel`): reminders due now, then those coming this week; snooze or done on each. A snooze goes to a calendar
 * day's morning (tomorrow's, or the same weekday's next week), not 24 hours on: a click late in the evening still
 * comes back at the start of the next working day.
 */
export function DueList(props: {
  items: readonly DueItem[];
  now: number;
  locale: string;
  onSnooze: (id: string, until: number) => void;
  onDone: (id: string) => void;
  headingLevel?: 2 | 3;
} & PersonOpener) {
  const t = useT();
  const day = (ms: number) => formatDay(ms, props.locale);
  const due = props.items.filter((i) => i.reminder.dueAt <= props.now);
  const later = props.items.filter((i) => i.reminder.dueAt > props.now);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  // Done removes a reminder and a snooze moves it to "Coming up" (another list, so it is rebuilt): a keyboard
  // user's focus would fall to the top of the popup. It goes to the reminder now at the same place instead, else
  // the one before, else the first heading or the empty message.
  const settled = useRef<number | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const index = settled.current;
    if (index === null) return;
    if (!focusLost()) return; // not taken away (yet)
    settled.current = null;
    const rows = [...(root.current?.querySelectorAll<HTMLElement>('li.due') ?? [])];
    const row = rows[Math.min(index, rows.length - 1)];
    (row?.querySelector<HTMLElement>('a, button') ?? root.current?.querySelector<HTMLElement>('h2, h3') ?? emptyRef.current)?.focus();
  }, [props.items]);
  const act = (id: string, action: () => void) => {
    settled.current = [...due, ...later].findIndex((i) => i.reminder.id === id);
    action();
  };
  if (!props.items.length) return <p class="empty" ref={emptyRef} tabIndex={-1}>{t('journal_dueEmpty')}</p>;
  const list = (items: readonly DueItem[]) => (
    <ul class="due-list">
      {items.map(({ reminder, name, eventName, metAt }) => {
        const what = t(reminder.kind === 'follow-up' ? 'journal_noticeFollowUp' : 'journal_noticeGetInTouch', name);
        const open = props.onOpenPerson;
        return (
          <li key={reminder.id} class="due" data-reminder={reminder.id} data-person={reminder.personId}>
            {open ? (
              <button type="button" class="link" onClick={() => open(reminder.personId)}>
                {what}
              </button>
            ) : (
              <a href={props.personHref(reminder.personId)}>{what}</a>
            )}
            <p class="small muted">
              {metAt !== undefined ? (eventName ? t('journal_metAt', [eventName, day(metAt)]) : t('journal_metOn', day(metAt))) : null}
              {metAt !== undefined ? ' · ' : null}
              {t(DUE_KEYS[dueWhen(reminder.dueAt, props.now)], day(reminder.dueAt))}
            </p>
            <div class="actions">
              <button type="button" aria-label={`${t('journal_snoozeLabel', name)}: ${t('journal_snoozeDay')}`} onClick={() => act(reminder.id, () => props.onSnooze(reminder.id, snoozeTomorrow(props.now)))}>
                {t('journal_snoozeDay')}
              </button>
              <button type="button" aria-label={`${t('journal_snoozeLabel', name)}: ${t('journal_snoozeWeek')}`} onClick={() => act(reminder.id, () => props.onSnooze(reminder.id, snoozeNextWeek(props.now)))}>
                {t('journal_snoozeWeek')}
              </button>
              <button type="button" class="primary" aria-label={t('journal_doneLabel', name)} onClick={() => act(reminder.id, () => props.onDone(reminder.id))}>
                {t('journal_done')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
  return (
    <div data-testid="due-list" ref={root}>
      {due.length ? (
        <>
          <Heading class="small-heading" tabIndex={-1}>{t('journal_dueNow')}</Heading>
          {list(due)}
        </>
      ) : null}
      {later.length ? (
        <>
          <Heading class="small-heading" tabIndex={-1}>{t('journal_dueUpcoming')}</Heading>
          {list(later)}
        </>
      ) : null}
    </div>
  );
}
