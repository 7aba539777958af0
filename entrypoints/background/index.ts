import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../../utils/journal/handlers';
import { openJournalDB } from '../../utils/journal/open';
import { createRouter } from '../../utils/messaging/router';
import type { SenderInfo } from '../../utils/messaging/senders';
import { tabActions } from './tab-actions';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // Opened on first use and again after a version change. State lives only in IndexedDB: every
  // write is a committed transaction before its answer, so the worker may be stopped at any moment.
  let routerPromise: Promise<ReturnType<typeof createRouter>> | null = null;
  const router = () =>
    (routerPromise ??= openJournalDB({ onVersionChange: () => (routerPromise = null) }).then((db) =>
      createRouter(createHandlers({ db, now: () => Date.now(), newId: () => crypto.randomUUID() }, tabActions), self),
    ));

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) =>
    router().then((handle) => handle(message, sender)),
  );
});
