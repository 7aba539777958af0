import { browser } from 'wxt/browser';
import { NO_ANSWER_STORE, type AnswerStore } from '../../utils/journal/kept-answers';

const PREFIX = 'kept:';

/**
 * Kept answers in `storage.session`: in memory only, readable by the extension's own pages and worker but not by
 * content scripts (the default access level), emptied when the browser or the extension restarts.
 */
export const sessionAnswerStore: AnswerStore = browser.storage?.session
  ? {
      async get(key) {
        return (await browser.storage.session.get(PREFIX + key))[PREFIX + key];
      },
      async set(key, value) {
        await browser.storage.session.set({ [PREFIX + key]: value });
      },
      async clear() {
        await browser.storage.session.clear();
      },
    }
  : NO_ANSWER_STORE;
