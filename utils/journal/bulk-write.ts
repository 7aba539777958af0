// The journal's bulk path for imports and restores. The per-record API awaits every request (a promise and a
// microtask turn each, and one transaction per observation); that ran at 3-10 % of raw IndexedDB speed. Here the
// journal's records an import needs are read with one getAll per store when that is cheaper than a get per key,
// and all writes of an import go into one transaction, queued in chunks: IndexedDB runs them in order and commits
// them together, or none of them. Between chunks the worker's event loop runs (a progress message, a cancel).
import { checkRecords, type Checked } from './quarantine';
import type { StoreName } from './db-schema';
import type { z } from 'zod';

/** Progress of a long job, reported at most every `everyMs`. */
export interface Progress {
  (done: number, total: number): void;
}

/** How many writes are queued at once; the next chunk is queued when half of this one is written. */
export const WRITE_CHUNK = 2000;
/** How many records are validated between two turns of the event loop. */
export const CHECK_CHUNK = 2000;

/** Reads many keys of one store in one go (all requests issued before the first answer). */
export function getMany(store: IDBObjectStore, keys: readonly IDBValidKey[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const out = new Array<unknown>(keys.length);
    let left = keys.length;
    if (left === 0) return resolve(out);
    keys.forEach((key, i) => {
      const req = store.get(key);
      req.onsuccess = () => {
        out[i] = req.result;
        if (--left === 0) resolve(out);
      };
      req.onerror = () => reject(req.error);
    });
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The records of one store under these keys (undefined where none is). When the store holds no more records than
 * twice the keys asked for, one getAll and a map in memory replace a request per key (an import into a young
 * journal: 30,000 gets cost more than the whole write); otherwise a get per key.
 */
export async function lookupMany(store: IDBObjectStore, keys: readonly string[], keyOf: (record: unknown) => string): Promise<unknown[]> {
  if (keys.length === 0) return [];
  const count = await request(store.count());
  if (count === 0) return new Array<unknown>(keys.length);
  if (count > 2 * keys.length) return getMany(store, keys);
  const byKey = new Map<string, unknown>();
  for (const record of await request(store.getAll())) byKey.set(keyOf(record), record);
  return keys.map((k) => byKey.get(k));
}

/** Lets the event loop run (a message, a cancel, a progress report) before going on. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** checkRecords over a long list, in chunks with a turn of the event loop between them; reports records checked. */
export async function checkInChunks<T>(
  store: StoreName,
  schema: z.ZodType<T>,
  records: readonly unknown[],
  keyOf: (record: unknown) => string,
  now: number,
  onChecked?: (n: number) => void,
  signal?: AbortSignal,
): Promise<Checked<T>> {
  const out: Checked<T> = { valid: [], invalid: [] };
  for (let i = 0; i < records.length; i += CHECK_CHUNK) {
    signal?.throwIfAborted();
    const part = checkRecords(store, schema, records.slice(i, i + CHECK_CHUNK), keyOf, now);
    for (const v of part.valid) out.valid.push(v);
    for (const b of part.invalid) out.invalid.push(b);
    onChecked?.(part.valid.length + part.invalid.length);
    if (i + CHECK_CHUNK < records.length) await yieldToLoop();
  }
  return out;
}

/**
 * Queues `put`s of already validated records in chunks of `chunk`: the next chunk is queued from the success of the
 * middle record of the one before (the transaction stays active, IndexedDB always has work queued, and the event
 * loop runs in between). Counts records as IndexedDB completes them, so progress reflects what is written. The
 * caller awaits the transaction's end.
 */
export function queuePuts(
  tx: IDBTransaction,
  writes: readonly { store: string; records: readonly unknown[] }[],
  onProgress?: Progress,
  everyMs = 100,
  chunk = WRITE_CHUNK,
): void {
  const total = writes.reduce((n, w) => n + w.records.length, 0);
  let done = 0;
  let last = 0;
  const tick = () => {
    done++;
    const now = performance.now();
    if (onProgress && (now - last >= everyMs || done === total)) {
      last = now;
      onProgress(done, total);
    }
  };
  let w = 0;
  let i = 0;
  const issue = () => {
    let n = 0;
    let middle: IDBRequest | undefined;
    while (w < writes.length && n < chunk) {
      const { store, records } = writes[w]!;
      const os = tx.objectStore(store);
      while (i < records.length && n < chunk) {
        const req = os.put(records[i++]);
        req.onsuccess = tick;
        if (n === chunk >> 1) middle = req;
        n++;
      }
      if (i >= records.length) {
        w++;
        i = 0;
      }
    }
    if (middle && w < writes.length) {
      middle.onsuccess = () => {
        tick();
        issue();
      };
    }
  };
  issue();
}

/** Resolves when the transaction commits; rejects with its error (quota, abort) otherwise. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
  });
}
