// The records an import needs from the journal, read inside the import's own write transaction in pages: every page
// is a request, so between two pages the worker's event loop runs (a progress push, a cancel, a poll answered) while
// the transaction stays open, and nothing read can change before the import's writes land (all in one transaction).
// Each page is handed to the caller as it arrives, to be checked then rather than all records at the end.

import type { z } from 'zod';
import type { Progress } from './bulk-write';
import type { StoreName } from './db-schema';
import type { QuarantineRecord } from './envelopes';
import { checkRecords, recordKey } from './quarantine';

/** How many records (or keys) one page reads. */
export const LOOKUP_PAGE = 500;

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Reads many keys of one store in one go (all requests issued before the first answer). */
export function getMany(store: IDBObjectStore, keys: readonly IDBValidKey[]): Promise<unknown[]> {
  return Promise.all(keys.map((key) => request(store.get(key))));
}

/**
 * Called with each page's records that are under one of the keys asked for, and how many of the keys are done
 * (the keys' share of the page; `keys.length` after the last).
 */
export type OnPage = (found: unknown[], keysDone: number) => void;

/**
 * The records of one store under these keys (undefined where none is), in pages (see above). When the store holds
 * no more records than twice the keys asked for, the whole store is read with getAll in pages of LOOKUP_PAGE and
 * matched in memory (an import into a young journal: 30,000 gets cost more than the whole write); otherwise a get
 * per key, LOOKUP_PAGE keys at a time.
 */
export async function lookupMany(store: IDBObjectStore, keys: readonly string[], keyOf: (record: unknown) => string, onPage?: OnPage): Promise<unknown[]> {
  if (keys.length === 0) return [];
  const count = await request(store.count());
  if (count === 0) {
    onPage?.([], keys.length);
    return new Array<unknown>(keys.length);
  }
  if (count > 2 * keys.length) {
    const out: unknown[] = [];
    for (let i = 0; i < keys.length; i += LOOKUP_PAGE) {
      const got = await getMany(store, keys.slice(i, i + LOOKUP_PAGE));
      for (const r of got) out.push(r);
      onPage?.(got.filter((r) => r !== undefined), Math.min(keys.length, i + LOOKUP_PAGE));
    }
    return out;
  }
  const wanted = new Set(keys);
  const byKey = new Map<string, unknown>();
  let after: IDBValidKey | undefined;
  for (let read = 0; ; ) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const [records, primary] = await Promise.all([request(store.getAll(range, LOOKUP_PAGE)), request(store.getAllKeys(range, LOOKUP_PAGE))]);
    const found: unknown[] = [];
    for (const record of records) {
      const key = keyOf(record);
      if (!wanted.has(key)) continue;
      byKey.set(key, record);
      found.push(record);
    }
    read += records.length;
    const last = records.length < LOOKUP_PAGE;
    onPage?.(found, last ? keys.length : Math.min(keys.length - 1, Math.floor((keys.length * read) / count)));
    if (last) break;
    after = primary.at(-1);
  }
  return keys.map((k) => byKey.get(k));
}

/** The records whose ids the store does not hold yet. */
export async function newOnes<T extends { id: string }>(store: IDBObjectStore, records: readonly T[], onKeys: (keysDone: number) => void): Promise<T[]> {
  const found = await lookupMany(store, records.map((r) => r.id), recordKey, (_, keysDone) => onKeys(keysDone));
  return records.filter((_, i) => found[i] === undefined);
}

/** The journal's valid records under these keys, by key; damaged ones met are added to `bad` (checked page by page). */
export async function findValid<T>(store: IDBObjectStore, name: StoreName, shape: z.ZodType<T>, keys: readonly string[], now: number, bad: QuarantineRecord[], onKeys: (keysDone: number) => void): Promise<Map<string, T>> {
  const valid = new Map<string, T>();
  await lookupMany(store, keys, recordKey, (found, keysDone) => {
    const page = checkRecords(name, shape, found, recordKey, now);
    for (const record of page.valid) valid.set(recordKey(record), record);
    for (const entry of page.invalid) bad.push(entry);
    onKeys(keysDone);
  });
  return valid;
}

/**
 * Progress of the lookups, one after the other, as records of the file compared with the journal: each call gives
 * the reporter of the next lookup (its keys done, offset by the lookups before it).
 */
export function comparing(total: number, onProgress?: Progress) {
  let before = 0;
  let last = 0;
  return () => {
    before = last;
    return (keysDone: number) => {
      last = before + keysDone;
      onProgress?.(last, total);
    };
  };
}
