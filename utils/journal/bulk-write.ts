// The journal's bulk path for imports and restores. The per-record API awaits every request (a promise and a
// microtask turn each, and one transaction per observation); that ran at 3-10 % of raw IndexedDB speed. Here all
// reads of a batch are issued at once and all writes of an import are queued on one transaction without waiting
// for each: IndexedDB runs them in order and commits them together, or none of them.

/** Progress of a long write, reported at most every `everyMs`. */
export interface Progress {
  (done: number, total: number): void;
}

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

/**
 * Queues `put`s of already validated records without waiting for each, and counts them as IndexedDB completes
 * them so that progress reflects what is written, not what was asked. The caller awaits the transaction's end.
 */
export function queuePuts(
  tx: IDBTransaction,
  writes: readonly { store: string; records: readonly unknown[] }[],
  onProgress?: Progress,
  everyMs = 100,
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
  for (const { store, records } of writes) {
    const os = tx.objectStore(store);
    for (const record of records) os.put(record).onsuccess = tick;
  }
}

/** Resolves when the transaction commits; rejects with its error (quota, abort) otherwise. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
  });
}
