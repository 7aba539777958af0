import { browser } from 'wxt/browser';
import type { ReminderShell } from '../../utils/journal/journal-handlers';
import type { DueItem } from '../../utils/model/reminders';
import { noticePlan } from '../../utils/reminders/notice-plan';
import { uiWords } from '../../utils/ui-words';

export const REMINDER_ALARM = 'handschlag-reminders';

/** Shows what the plan says; each notice on its own, so one the browser refuses does not drop the rest. */
async function show(items: readonly DueItem[]): Promise<void> {
  const { t, locale } = uiWords((key, subs) => browser.i18n.getMessage(key as never, subs), browser.i18n.getUILanguage());
  for (const notice of noticePlan(items, t, locale)) {
    const options = { type: 'basic' as const, iconUrl: browser.runtime.getURL('/icon/128.png'), title: notice.title, message: notice.message };
    await browser.notifications.create(notice.id, options).catch(() => undefined);
  }
}

/**
 * Reminders outside the journal: one alarm for the next due time (alarms survive a stopped worker) and the
 * notifications of utils/reminders/notice-plan.ts. What is due lives in IndexedDB; the alarm only wakes the worker.
 */
export const reminderShell: ReminderShell = {
  async schedule(at) {
    if (at === null) await browser.alarms.clear(REMINDER_ALARM);
    else await browser.alarms.create(REMINDER_ALARM, { when: Math.max(at, Date.now() + 1000) });
  },
  notify: show,
};
