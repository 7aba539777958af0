// The journal's bulk path for imports and restores. The per-record API awaits every request (a promise and a
// microtask turn each, and one transaction per observation); that ran at 3-10 % of raw IndexedDB speed. Here the
// journal's records an import needs are read in pages (paged-lookup.ts), and all writes of an import go into one
// transaction, queued in chunks: IndexedDB runs them in order and commits them together, or none of them. Between
// chunks the worker's event loop runs (a progress message, a cancel).
import { checkRecords, type Checked } from './quarantine';
import type { StoreName } from './db-schema';
import type { z } from 'zod';
import { yieldToLoop } from './event-loop';

/** Progress of a long job, reported at most every `everyMs`. */
export interface Progress {
  (done: number, total: number): void;
}

/**
 * How often a long job reports progress (and the background pushes it to the pages). The page's bar must move at
 * least every 250 ms: a report waits for the end of the step under way, so the gap is this plus a step (and a
 * loaded machine stretches the step, not this).
 */
export const PROGRESS_EVERY_MS = 50;

/**
 * How many writes are queued at once; the next chunk is queued when half of this one is written. Queuing a chunk
 * is one synchronous block of the worker (a structured clone per record: ≈ 50 ms for 1,000 people at load 3), so
 * it is kept small; IndexedDB still always has the other half of the chunk before to write.
 */
export const WRITE_CHUNK = 500;
/** How many records are validated between two turns of the event loop. */
export const CHECK_CHUNK = 2000;

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

/** One chunk of puts into one store, and how many of the job's records are done once it is written. */
export interface PutChunk {
  store: string;
  records: readonly unknown[];
  doneAfter: number;
}

/** Every this many puts (and a chunk's middle and last) carry a success handler for progress; the others none. */
export const MARK_EVERY = 100;

/**
 * Queues the chunks `next` hands out: the next chunk is asked for and queued from the success of the middle put of
 * the one before (the transaction stays active, IndexedDB always has work queued, and the event loop runs in
 * between). A chunk with no records is passed over at once. Progress counts what IndexedDB has completed (requests
 * complete in order), from a handler on every MARK_EVERY-th put only: no callback per record. The caller awaits the
 * transaction's end.
 */
export function queueChunks(tx: IDBTransaction, next: () => PutChunk | null, total: number, onProgress?: Progress, everyMs = PROGRESS_EVERY_MS): void {
  let last = -Infinity;
  let before = 0;
  const report = (done: number) => {
    const now = performance.now();
    if (onProgress && (now - last >= everyMs || done === total)) {
      last = now;
      onProgress(done, total);
    }
  };
  const issue = (): void => {
    for (let chunk = next(); chunk; chunk = next()) {
      const start = before;
      before = chunk.doneAfter;
      const n = chunk.records.length;
      if (n === 0) continue;
      const os = tx.objectStore(chunk.store);
      const middle = n >> 1;
      for (let k = 0; k < n; k++) {
        const req = os.put(chunk.records[k]);
        if (k !== middle && k !== n - 1 && (k + 1) % MARK_EVERY !== 0) continue;
        const done = k === n - 1 ? chunk.doneAfter : start + Math.round(((k + 1) / n) * (chunk.doneAfter - start));
        req.onsuccess = k === middle ? () => (report(done), issue()) : () => report(done);
      }
      return;
    }
  };
  issue();
}

/**
 * Queues `put`s of already validated records in chunks of `chunk` records of one store (see queueChunks); progress
 * counts the records written.
 */
export function queuePuts(
  tx: IDBTransaction,
  writes: readonly { store: string; records: readonly unknown[] }[],
  onProgress?: Progress,
  everyMs = PROGRESS_EVERY_MS,
  chunk = WRITE_CHUNK,
): void {
  const total = writes.reduce((n, w) => n + w.records.length, 0);
  let w = 0;
  let i = 0;
  let done = 0;
  const next = (): PutChunk | null => {
    while (w < writes.length && i >= writes[w]!.records.length) {
      w++;
      i = 0;
    }
    if (w >= writes.length) return null;
    const records = writes[w]!.records.slice(i, i + chunk);
    i += records.length;
    done += records.length;
    return { store: writes[w]!.store, records, doneAfter: done };
  };
  queueChunks(tx, next, total, onProgress, everyMs);
}

/** Resolves when the transaction commits; rejects with its error (quota, abort) otherwise. */
export function committed(tx: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
  });
  // Callers await it after other steps; when one of those throws first, the failed transaction's rejection must not
  // surface as an unhandled rejection (seen once in the full suite). Awaiting it still throws.
  done.catch(() => undefined);
  return done;
}
