import { browser } from 'wxt/browser';
import { openDB, type IDBPDatabase } from 'idb';
import { NO_ANSWER_STORE, type AnswerStore } from '../../utils/journal/kept-answers';
import { KEPT_BODIES, KEPT_DB_NAME, KEPT_DB_VERSION, KEPT_TOKENS, keptStorageKey } from '../../utils/messaging/kept';

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

let keptDb: Promise<IDBPDatabase> | null = null;
const opened = () =>
  (keptDb ??= openDB(KEPT_DB_NAME, KEPT_DB_VERSION, {
    // Version 1 had the bodies only; their tokens were in storage.session. Any store missing is made (a tool may have
    // opened the database before the worker did).
    upgrade: (db) => {
      for (const name of [KEPT_BODIES, KEPT_TOKENS]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    },
    // Deleted or upgraded elsewhere: opened again on the next use.
    blocking: () => void keptDb?.then((db) => db.close()).finally(() => (keptDb = null)),
  }).catch((error: unknown) => {
    keptDb = null;
    throw error;
  }));

const idbStore = (name: string): AnswerStore => ({
  async get(key) {
    return (await opened()).get(name, key);
  },
  async set(key, value) {
    await (await opened()).put(name, value, key);
  },
  async clear() {
    await (await opened()).clear(name);
  },
});

/**
 * Bodies of large kept answers (the people index, the scorer's history), in an IndexedDB database of their own, not
 * the journal's: a body is read only while its token is in the tokens' store below (kept-answers.ts), and every write
 * of the journal empties both before it starts. Content scripts cannot read the extension's IndexedDB.
 */
export const bodyAnswerStore = idbStore(KEPT_BODIES);

/**
 * Their tokens, beside them: unlike `storage.session` they outlive a browser restart, so a history or index kept
 * since the last write is read after it instead of built from the whole journal. A store of their own, emptied apart
 * from the bodies: a body outlives a write only if both fail to empty.
 */
export const lastingTokenStore = idbStore(KEPT_TOKENS);
