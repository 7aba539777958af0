import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../../utils/journal/handlers';
import { syncBadgeScript } from '../../utils/journal/badge-handlers';
import { rescheduleReminders, runReminderAlarm } from '../../utils/journal/journal-handlers';
import { JournalUpgradeError, openJournalDB } from '../../utils/journal/open';
import type { Deps } from '../../utils/journal/profiles';
import { createRouter } from '../../utils/messaging/router';
import type { SenderInfo } from '../../utils/messaging/senders';
import { REMINDER_ALARM, reminderShell } from './reminder-shell';
import { targetOfNotice } from '../../utils/reminders/notice-plan';
import { hashOf } from '../options/route';
import { presentCard } from './card-words';
import { tabActions } from './tab-actions';
import { readSnapshot } from './snapshot-reader';
import { bodyAnswerStore, lastingTokenStore, sessionAnswerStore } from './answer-store';
import { DB_VERSION } from '../../utils/journal/migrations';

export default defineBackground(() => {
  // The popup reads its kept list in storage.session itself (utils/messaging/kept.ts); content scripts run in the
  // sites' pages and must not read the journal's copies there. Trusted contexts only is the default, set here so it
  // stays so (where the call is missing, that default holds).
  void browser.storage.session?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // Opened on first use and again after a version change. State lives only in IndexedDB: every
  // write is a committed transaction before its answer, so the worker may be stopped at any moment.
  let depsPromise: Promise<Deps> | null = null;
  let routerPromise: Promise<ReturnType<typeof createRouter>> | null = null;
  // The router's handlers hold the connection: after a version change (the journal deleted or upgraded elsewhere)
  // both are made again, else every later message would fail on the closed connection.
  const deps = () =>
    (depsPromise ??= openJournalDB({ onVersionChange: () => ((depsPromise = null), (routerPromise = null)) })
      .then((db) => ({ db, now: () => Date.now(), newId: () => crypto.randomUUID() }))
      .catch((error: unknown) => {
        depsPromise = null; // try again on the next message: the old journal is intact
        throw error;
      }));
  // A body kept by another version of the code may be of a shape this one does not read: the tokens name the build.
  const keptStores = { session: sessionAnswerStore, bodies: bodyAnswerStore, lasting: lastingTokenStore, build: `${browser.runtime.getManifest().version}/${DB_VERSION}` };
  const router = () => (routerPromise ??= deps().then((d) => createRouter(createHandlers(d, { ...tabActions, presentCard, readSnapshot }, reminderShell, keptStores), self)).catch((error: unknown) => {
    routerPromise = null;
    throw error;
  }));

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) =>
    router().then(
      (handle) => handle(message, sender),
      // A failed upgrade is the one error every page must show as such: the journal is still there, unchanged.
      (error: unknown) => ({
        ok: false,
        error: error instanceof JournalUpgradeError ? { code: 'journal-upgrade-failed', message: error.message } : { code: 'handler-failed', message: String(error) },
      }),
    ),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void deps().then((d) => runReminderAlarm(d, reminderShell));
  });
  // Alarms may not outlive a browser restart: set the next one from the journal on start and on update.
  const reschedule = () => void deps().then((d) => rescheduleReminders(d, reminderShell)).catch(() => undefined);
  browser.runtime.onStartup.addListener(reschedule);
  browser.runtime.onInstalled.addListener(reschedule);
  // The browser loads the badges into request lists while the settings show them (kept across restarts; made
  // again on install and update, where a new version may load them from elsewhere).
  const syncBadges = () => void deps().then((d) => syncBadgeScript(d, tabActions)).catch(() => undefined);
  browser.runtime.onStartup.addListener(syncBadges);
  browser.runtime.onInstalled.addListener(syncBadges);
  // The browser forgets the toolbar's count when it restarts: the handlers count again once they start (and keep the
  // popup's answer with it), so they start with the browser instead of waiting for the first message.
  const prepare = () => void router().catch(() => undefined);
  browser.runtime.onStartup.addListener(prepare);
  browser.runtime.onInstalled.addListener(prepare);
  // A reminder's notice opens its person's page; a summary ("12 reminders are due") opens the dashboard's Reminders,
  // where those it names are listed with Done and Snooze.
  browser.notifications.onClicked.addListener((id) => {
    const target = targetOfNotice(id);
    if (!target) return;
    const hash = hashOf(target.kind === 'person' ? { section: 'people', personId: target.personId } : { section: 'reminders' });
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    void browser.notifications.clear(id);
  });
});
