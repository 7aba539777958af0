// A restore's write: each chunk of a backup's records is checked against its store's shape just before it is queued,
// inside the one transaction that writes them (the checking of the next chunk runs while IndexedDB writes the one
// before, instead of a separate pass over every record first). Records that fail their shape are written to the
// quarantine store last, with the reason. Any failure, a cancel or a stopped worker aborts the transaction: nothing
// of it lands.
import type { z } from 'zod';
import type { StoreName } from './db-schema';
import type { QuarantineRecord } from './envelopes';
import { CHECK_CHUNK, PROGRESS_EVERY_MS, queueChunks, type Progress, type PutChunk } from './bulk-write';
import { checkRecords, recordKey } from './quarantine';

/** The raw records meant for one store, and the shape each must have. */
export interface CheckedPart {
  store: StoreName;
  shape: z.ZodType;
  records: readonly unknown[];
}

/** Filled while the transaction runs; complete once it has committed. */
export interface CheckedPuts {
  /** Records written per store (every part's store is named, 0 when none). */
  valid: Record<string, number>;
  /** Quarantine entries for records that failed their shape (a damaged quarantine entry gets one of its own). */
  invalid: QuarantineRecord[];
}

/**
 * Queues the parts' records in chunks of `chunk` (see queueChunks), each chunk checked when it is queued; then the
 * quarantine entries of the records that failed. Progress counts the parts' records checked and written.
 */
export function queueCheckedPuts(tx: IDBTransaction, parts: readonly CheckedPart[], now: number, onProgress?: Progress, everyMs = PROGRESS_EVERY_MS, chunk = CHECK_CHUNK): CheckedPuts {
  const out: CheckedPuts = { valid: {}, invalid: [] };
  const total = parts.reduce((n, p) => n + p.records.length, 0);
  let p = 0;
  let i = 0;
  let done = 0;
  let flushed = false;
  const next = (): PutChunk | null => {
    while (p < parts.length && i >= parts[p]!.records.length) {
      out.valid[parts[p]!.store] ??= 0;
      p++;
      i = 0;
    }
    if (p < parts.length) {
      const part = parts[p]!;
      const raw = part.records.slice(i, i + chunk);
      i += raw.length;
      done += raw.length;
      const checked = checkRecords(part.store, part.shape, raw, recordKey, now);
      out.valid[part.store] = (out.valid[part.store] ?? 0) + checked.valid.length;
      for (const bad of checked.invalid) out.invalid.push(bad);
      return { store: part.store, records: checked.valid, doneAfter: done };
    }
    if (flushed) return null;
    flushed = true;
    return { store: 'quarantine', records: out.invalid, doneAfter: total };
  };
  queueChunks(tx, next, total, onProgress, everyMs);
  return out;
}
