import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import type { JournalDB, StoreName } from './db-schema';
import type { QuarantineRecord } from './envelopes';
import { Identity, Person } from '../model/people';
import { isPlainIdentity, isPlainPerson, isPlainRequest } from '../model/plain-records';
import { RequestRecord } from '../model/requests';

export interface Checked<T> {
  valid: T[];
  invalid: QuarantineRecord[];
}

/** Each store's key path (utils/journal/migrations): where a record, however damaged, holds its primary key. */
const KEY_PATH: Record<StoreName, string> = {
  people: 'id',
  identities: 'id',
  snapshots: 'id',
  requests: 'id',
  interactions: 'id',
  events: 'id',
  verdicts: 'id',
  blocklist: 'id',
  reminders: 'id',
  settings: 'key',
  quarantine: 'id',
  diagnostics: 'pageType',
};

/** The primary key of a record read from `store` (IndexedDB guarantees one is there, of any key type). */
function primaryKey(store: StoreName, record: unknown): IDBValidKey | undefined {
  const key = record && typeof record === 'object' ? (record as Record<string, unknown>)[KEY_PATH[store]] : undefined;
  return typeof key === 'string' || typeof key === 'number' || key instanceof Date || Array.isArray(key) ? (key as IDBValidKey) : undefined;
}

/**
 * Shapes with a check that takes, without zod, exactly the records zod would return unchanged: people, their
 * identities and requests are read whole (the search index, the scorer's history, the pending requests, a
 * restore), 30,000 of each in a large journal.
 */
const PLAIN_CHECKS = new Map<z.ZodType, (record: unknown) => boolean>([
  [Person, isPlainPerson],
  [Identity, isPlainIdentity],
  [RequestRecord, isPlainRequest],
]);

/**
 * Splits raw records into valid ones and quarantine entries naming what was wrong. Pure. The entry's key is
 * the record's primary key in its store (`keyOf` only names records read from elsewhere).
 */
export function checkRecords<T>(
  store: StoreName,
  schema: z.ZodType<T>,
  records: readonly unknown[],
  keyOf: (record: unknown) => string,
  now: number,
): Checked<T> {
  const valid: T[] = [];
  const invalid: QuarantineRecord[] = [];
  const plain = PLAIN_CHECKS.get(schema);
  for (const record of records) {
    // Taken as it is (zod would return an equal copy); every other record gets zod's verdict and issues.
    if (plain?.(record)) {
      valid.push(record as T);
      continue;
    }
    const parsed = schema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(damaged(store, record, parsed.error.issues, keyOf, now));
  }
  return { valid, invalid };
}

/** The quarantine entry for one damaged record. Its final id is given when it is stored (moveToQuarantine). */
export function damaged(store: StoreName, record: unknown, issues: readonly z.core.$ZodIssue[], keyOf: (record: unknown) => string, now: number): QuarantineRecord {
  const own = primaryKey(store, record);
  const key = own === undefined ? keyOf(record) : String(own);
  return {
    id: `${store}:${key}:${now}`,
    store,
    key,
    record,
    error: issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
      .join('; ')
      .slice(0, 2000),
    at: now,
  };
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
  objectStore(name: StoreName): {
    get(key: IDBValidKey): Promise<unknown>;
    put(value: never): Promise<unknown>;
    delete(key: IDBValidKey): Promise<unknown>;
  };
}

/**
 * Moves damaged records out of their store into `quarantine`, inside a transaction the caller holds. Exactly
 * once, and never a record that is not the damaged one: an entry is moved only while its store still holds
 * that very record (a reader that found it damaged in an earlier transaction may come late: another reader
 * may have moved it already, or a capture may have written a valid record under the key since). Every copy
 * gets its own quarantine id, so a second damaged copy under the same key never replaces the first.
 */
export async function moveToQuarantine(tx: QuarantineTx, entries: readonly QuarantineRecord[]): Promise<number> {
  let moved = 0;
  for (const entry of entries) {
    const store = entry.store as StoreName;
    const key = primaryKey(store, entry.record);
    if (key === undefined || store === 'quarantine') continue; // not a record of a store: nothing to move
    if (!sameRecord(await tx.objectStore(store).get(key), entry.record)) continue;
    await tx.objectStore('quarantine').put({ ...entry, id: await freeId(tx, entry.id) } as never);
    await tx.objectStore(store).delete(key);
    moved++;
  }
  return moved;
}

/** `id`, or `id#2`, `id#3`… whichever the quarantine does not hold yet. */
async function freeId(tx: QuarantineTx, id: string): Promise<string> {
  let candidate = id;
  for (let n = 2; (await tx.objectStore('quarantine').get(candidate)) !== undefined; n++) candidate = `${id}#${n}`;
  return candidate;
}

/** Records as IndexedDB stores them (structured clones of plain data): equal when their JSON is. */
function sameRecord(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false; // a cyclic or exotic value: left where it is rather than guessed at
  }
}

/** Moves damaged records out of their store into `quarantine`, in a transaction of its own. */
export async function quarantine(db: IDBPDatabase<JournalDB>, entries: readonly QuarantineRecord[]): Promise<number> {
  if (entries.length === 0) return 0;
  const stores = [...new Set(entries.map((e) => e.store as StoreName)), 'quarantine'] as StoreName[];
  const tx = db.transaction(stores, 'readwrite');
  const moved = await moveToQuarantine(tx as unknown as QuarantineTx, entries);
  await tx.done;
  return moved;
}
