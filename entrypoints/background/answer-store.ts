import { browser } from 'wxt/browser';
import { openDB, type IDBPDatabase } from 'idb';
import { NO_ANSWER_STORE, type AnswerStore } from '../../utils/journal/kept-answers';
import { keptStorageKey } from '../../utils/messaging/kept';

/**
 * Kept answers in `storage.session`: in memory only, readable by the extension's own pages and worker but not by
 * content scripts (the default access level), emptied when the browser or the extension restarts.
 */
export const sessionAnswerStore: AnswerStore = browser.storage?.session
  ? {
      async get(key) {
        const name = keptStorageKey(key);
        return (await browser.storage.session.get(name))[name];
      },
      async set(key, value) {
        await browser.storage.session.set({ [keptStorageKey(key)]: value });
      },
      async clear() {
        await browser.storage.session.clear();
      },
    }
  : NO_ANSWER_STORE;

const BODIES_DB = 'handschlag-kept';
const BODIES = 'bodies';
let bodiesDb: Promise<IDBPDatabase> | null = null;
const bodies = () =>
  (bodiesDb ??= openDB(BODIES_DB, 1, {
    upgrade: (db) => void db.createObjectStore(BODIES),
    // Deleted or upgraded elsewhere: opened again on the next use.
    blocking: () => void bodiesDb?.then((db) => db.close()).finally(() => (bodiesDb = null)),
  }).catch((error: unknown) => {
    bodiesDb = null;
    throw error;
  }));

/**
 * Bodies of large kept answers (the people index), in an IndexedDB database of their own, not the journal's: a body is
 * read only while its token is in `storage.session` (kept-answers.ts), so one left behind by a browser restart is
 * never trusted, and every write of the journal empties this store too.
 */
export const bodyAnswerStore: AnswerStore = {
  async get(key) {
    return (await bodies()).get(BODIES, key);
  },
  async set(key, value) {
    await (await bodies()).put(BODIES, value, key);
  },
  async clear() {
    await (await bodies()).clear(BODIES);
  },
};
