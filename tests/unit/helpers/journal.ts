import 'fake-indexeddb/auto';
import { openJournalDB, type OpenOptions } from '../../../utils/journal/open';
import type { Deps } from '../../../utils/journal/profiles';

let dbCounter = 0;

/** A fresh journal in fake-indexeddb with a controllable clock and predictable ids. */
export async function testDeps(options: OpenOptions = {}) {
  const name = options.name ?? `test-journal-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
  const db = await openJournalDB({ ...options, name });
  let clock = Date.UTC(2026, 10, 23, 9, 0, 0);
  let nextId = 0;
  const deps: Deps = { db, now: () => clock, newId: () => `id-${++nextId}` };
  return {
    deps,
    name,
    advance(ms: number) {
      clock += ms;
    },
  };
}

/** Every record of every store, for "nothing changed" assertions. */
export async function dumpAll(deps: Deps): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of [...deps.db.objectStoreNames]) out[name] = await deps.db.getAll(name);
  return out;
}
