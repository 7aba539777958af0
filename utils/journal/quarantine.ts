import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import type { JournalDB, StoreName } from './db-schema';
import type { QuarantineRecord } from './envelopes';

export interface Checked<T> {
  valid: T[];
  invalid: QuarantineRecord[];
}

/** Splits raw records into valid ones and quarantine entries naming what was wrong. Pure. */
export function checkRecords<T>(
  store: StoreName,
  schema: z.ZodType<T>,
  records: readonly unknown[],
  keyOf: (record: unknown) => string,
  now: number,
): Checked<T> {
  const valid: T[] = [];
  const invalid: QuarantineRecord[] = [];
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
    else {
      const key = keyOf(record);
      invalid.push({
        id: `${store}:${key}`,
        store,
        key,
        record,
        error: parsed.error.issues
          .slice(0, 5)
          .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
          .join('; ')
          .slice(0, 2000),
        at: now,
      });
    }
  }
  return { valid, invalid };
}

/** Reads `id`/`key` of an unknown record for the quarantine entry. */
export function recordKey(record: unknown): string {
  if (record && typeof record === 'object') {
    const r = record as { id?: unknown; key?: unknown };
    if (typeof r.id === 'string') return r.id;
    if (typeof r.key === 'string') return r.key;
  }
  return 'unknown';
}

/**
 * A transaction that can reach the quarantine store and the stores the entries come from (idb's typed
 * transactions are narrower per store, so callers pass theirs through this shape).
 */
export interface QuarantineTx {
  objectStore(name: StoreName): { put(value: never): Promise<unknown>; delete(key: string): Promise<unknown> };
}

/** Moves invalid records out of their store into `quarantine`, inside a transaction the caller holds. */
export async function moveToQuarantine(tx: QuarantineTx, entries: readonly QuarantineRecord[]): Promise<void> {
  for (const entry of entries) {
    await tx.objectStore('quarantine').put(entry as never);
    if (entry.store !== 'quarantine' && entry.key !== 'unknown') {
      await tx.objectStore(entry.store as StoreName).delete(entry.key);
    }
  }
}

/** Moves invalid records out of their store into `quarantine`, in a transaction of its own. */
export async function quarantine(db: IDBPDatabase<JournalDB>, entries: readonly QuarantineRecord[]): Promise<void> {
  if (entries.length === 0) return;
  const stores = [...new Set(entries.map((e) => e.store as StoreName)), 'quarantine'] as StoreName[];
  const tx = db.transaction(stores, 'readwrite');
  await moveToQuarantine(tx as unknown as QuarantineTx, entries);
  await tx.done;
}
