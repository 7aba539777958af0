// Bundled and evaluated in the extension's page (like in-browser.ts): the import's parser and the journal's bulk
// path on the real IndexedDB, and a restore of a large backup. Exposes globalThis.__hsImportBench.
import { openJournalDB } from '../../utils/journal/open';
import { importIntoJournal } from '../../utils/journal/import-journal';
import { exportBackup, restoreBackup } from '../../utils/journal/backup';
import { parseImport } from '../../utils/import';
import type { Deps } from '../../utils/journal/profiles';
import { connectionsCsv } from './import-data';

const now = () => performance.now();

async function deps(name: string): Promise<Deps> {
  const db = await openJournalDB({ name });
  let id = 0;
  return { db, now: () => Date.now(), newId: () => `i${++id}-${Math.random().toString(36).slice(2, 8)}` };
}

function deleteDb(name: string) {
  return new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

/** Parses an n-row Connections.csv and writes it through the bulk path into an empty journal: both times, and the records written. */
async function bulkImport(n: number) {
  const name = `hs-bench-import-${Math.random().toString(36).slice(2)}`;
  const d = await deps(name);
  const bytes = new TextEncoder().encode(connectionsCsv(n));
  const t0 = now();
  const data = parseImport('Connections.csv', bytes, d);
  const parseMs = now() - t0;
  const t1 = now();
  await importIntoJournal(d, data);
  const writeMs = now() - t1;
  d.db.close();
  await deleteDb(name);
  return { parseMs, writeMs, records: data.people.length + data.people.filter((p) => p.identity).length };
}

/**
 * A backup of n people as a long-used journal has them (person, identity, a snapshot and a request each) restored
 * into an emptied journal, from the file's text: JSON parse, validation and the write.
 */
async function restore(n: number) {
  const name = `hs-bench-restore-${Math.random().toString(36).slice(2)}`;
  const d = await deps(name);
  await importIntoJournal(d, parseImport('Connections.csv', new TextEncoder().encode(connectionsCsv(n)), d));
  const file = await exportBackup(d);
  const identities = file.stores.identities as { key: string; personId: string; url: string; platform: 'linkedin' }[];
  file.stores.snapshots = identities.map((i, k) => ({ v: 1, id: `s${k}`, personId: i.personId, platform: i.platform, key: i.key, observedAt: 1_700_000_000_000 + k, url: i.url, facts: { name: `Person ${k}`, headline: 'Einkauf' } }));
  file.stores.requests = identities.map((i, k) => ({
    v: 1, id: `r${k}`, platform: i.platform, direction: 'received', personId: i.personId, key: i.key, note: 'Hallo, gern vernetzen!',
    firstSeenAt: 1_700_000_000_000 + k, lastSeenAt: 1_700_000_000_000 + k, state: 'pending',
    history: [{ state: 'pending', at: { from: 1_700_000_000_000, to: 1_700_000_000_000 }, by: 'observed' }],
  }));
  const json = JSON.stringify(file);
  const records = Object.values(file.stores).reduce((sum, list) => sum + list.length, 0);
  // Restored into a journal of its own, empty (a new computer, a reinstalled extension): the journal it came from
  // already holds its people, which a restore into it would not measure.
  d.db.close();
  await deleteDb(name);
  const fresh = await deps(`${name}-fresh`);
  const t0 = now();
  const outcome = await restoreBackup(fresh, JSON.parse(json));
  const ms = now() - t0;
  fresh.db.close();
  await deleteDb(`${name}-fresh`);
  return { ms, records, bytes: json.length, quarantined: outcome.quarantined };
}

const api = { bulkImport, restore };
export type ImportBenchApi = typeof api;
(globalThis as unknown as { __hsImportBench: ImportBenchApi }).__hsImportBench = api;
