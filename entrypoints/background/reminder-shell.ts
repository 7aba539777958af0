import { browser } from 'wxt/browser';
import type { ReminderShell } from '../../utils/journal/journal-handlers';
import { formatDay } from '../../utils/text/dates';
import { uiWords } from '../../utils/ui-words';

export const REMINDER_ALARM = 'handschlag-reminders';
const NOTICE_PREFIX = 'handschlag-reminder:';

/**
 * Reminders outside the journal: one alarm for the next due time (alarms survive a stopped worker) and a
 * browser notification per due reminder. What is due lives in IndexedDB; the alarm only wakes the worker.
 */
export const reminderShell: ReminderShell = {
  async schedule(at) {
    if (at === null) await browser.alarms.clear(REMINDER_ALARM);
    else await browser.alarms.create(REMINDER_ALARM, { when: Math.max(at, Date.now() + 1000) });
  },
  async notify(items) {
    const { locale } = uiWords((key, subs) => browser.i18n.getMessage(key as never, subs), browser.i18n.getUILanguage());
    for (const item of items) {
      const context = item.metAt
        ? item.eventName
          ? browser.i18n.getMessage('journal_noticeMetAt', [item.eventName, formatDay(item.metAt, locale)])
          : browser.i18n.getMessage('journal_noticeMetOn', [formatDay(item.metAt, locale)])
        : browser.i18n.getMessage('journal_noticeKeepInTouch');
      await browser.notifications.create(`${NOTICE_PREFIX}${item.reminder.personId}:${item.reminder.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: browser.i18n.getMessage(item.reminder.kind === 'follow-up' ? 'journal_noticeFollowUp' : 'journal_noticeGetInTouch', [item.name]),
        message: context,
      });
    }
  },
};

/** A click on a reminder's notification opens the person's page in the dashboard. */
export function personOfNotice(notificationId: string): string | null {
  if (!notificationId.startsWith(NOTICE_PREFIX)) return null;
  const rest = notificationId.slice(NOTICE_PREFIX.length);
  return rest.slice(0, rest.indexOf(':')) || null;
}
