import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { DB_VERSION, MIGRATIONS, assertLadder } from '../../../utils/journal/migrations';
import type { Migration } from '../../../utils/journal/migrations/types';
import { openJournalDB } from '../../../utils/journal/open';
import { SettingsRecord } from '../../../utils/journal/envelopes';
import { DiagnosticRecord } from '../../../utils/model/diagnostics';
import { Identity, Person, Snapshot } from '../../../utils/model/people';
import { BlockEntry, Interaction, JournalEvent, Verdict } from '../../../utils/model/relationships';
import { RequestRecord } from '../../../utils/model/requests';
import { V1_EXAMPLES, V2_EXAMPLES, V3_EXAMPLES } from './examples';

const uniqueName = () => `mig-${Math.random().toString(36).slice(2)}`;

const RECORD_SCHEMAS = {
  people: Person,
  identities: Identity,
  snapshots: Snapshot,
  requests: RequestRecord,
  interactions: Interaction,
  events: JournalEvent,
  verdicts: Verdict,
  blocklist: BlockEntry,
  settings: SettingsRecord,
  diagnostics: DiagnosticRecord,
} as const;

/** Writes the examples of one version into a database created by the ladder up to that version. */
async function seedAtVersion(name: string, version: number, examples: Record<string, readonly unknown[]>) {
  const db = await openJournalDB({ name, migrations: MIGRATIONS.slice(0, version) });
  for (const [store, records] of Object.entries(examples)) {
    const tx = db.transaction(store as never, 'readwrite');
    for (const record of records) await tx.store.put(record as never);
    await tx.done;
  }
  db.close();
}

describe('journal migrations', () => {
  it('has a ladder without gaps, and rejects one with a gap', () => {
    expect(() => assertLadder(MIGRATIONS)).not.toThrow();
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    const gap: Migration[] = [MIGRATIONS[0]!, { version: 3, description: 'x', upgrade() {} }];
    expect(() => assertLadder(gap)).toThrow(/gap/);
  });

  it('creates every store with its lookup indexes on a fresh profile', async () => {
    const db = await openJournalDB({ name: uniqueName() });
    expect([...db.objectStoreNames].sort()).toEqual(
      ['blocklist', 'diagnostics', 'events', 'identities', 'interactions', 'people', 'quarantine', 'requests', 'settings', 'snapshots', 'verdicts'],
    );
    const tx = db.transaction(['identities', 'requests', 'interactions'], 'readonly');
    expect([...tx.objectStore('requests').indexNames].sort()).toEqual(['identity', 'personId', 'stateDirectionTime', 'stateTime']);
    expect([...tx.objectStore('interactions').indexNames].sort()).toEqual(['at', 'personTime']);
    expect(tx.objectStore('identities').keyPath).toBe('id');
    db.close();
  });

  it('keeps every example record valid when the ladder runs from every older version to the current one', async () => {
    const examplesByVersion: Record<number, Record<string, readonly unknown[]>> = { 1: V1_EXAMPLES, 2: V2_EXAMPLES, 3: V3_EXAMPLES };
    for (let from = 1; from <= DB_VERSION; from++) {
      const examples = examplesByVersion[from];
      expect(examples, `examples for version ${from}`).toBeDefined();
      const name = uniqueName();
      await seedAtVersion(name, from, examples!);
      const db = await openJournalDB({ name });
      expect(db.version).toBe(DB_VERSION);
      for (const [store, schema] of Object.entries(RECORD_SCHEMAS)) {
        const records = await db.getAll(store as never);
        expect(records.length, store).toBe(examples![store]?.length ?? 0);
        for (const record of records) expect(schema.safeParse(record).success, `${store} ${JSON.stringify(record)}`).toBe(true);
      }
      db.close();
    }
  });

  it('runs only the steps above the stored version: a version-1 database with data goes through every later step', async () => {
    const name = uniqueName();
    await seedAtVersion(name, 1, V1_EXAMPLES);
    const ran: number[] = [];
    // A stand-in for the next real step: a new store plus a rewrite of existing records.
    const next: Migration = {
      version: DB_VERSION + 1,
      description: 'test step',
      async upgrade(db, tx) {
        ran.push(DB_VERSION + 1);
        db.createObjectStore('test-next', { keyPath: 'id' });
        const people = tx.objectStore('people');
        for (let cursor = await people.openCursor(); cursor; cursor = await cursor.continue()) {
          const person = cursor.value as { tags: string[] };
          await cursor.update({ ...person, tags: [...person.tags, 'migrated'] });
        }
      },
    };
    const spied = MIGRATIONS.map((m): Migration => ({ ...m, upgrade: (db, tx) => { ran.push(m.version); return m.upgrade(db, tx); } }));
    const db = await openJournalDB({ name, migrations: [...spied, next] });
    expect(ran).toEqual([...MIGRATIONS.slice(1).map((m) => m.version), DB_VERSION + 1]);
    expect(db.version).toBe(DB_VERSION + 1);
    const people = (await db.getAll('people')) as { id: string; tags: string[] }[];
    expect(people.map((p) => p.tags)).toEqual([['messe', 'migrated'], ['migrated']]);
    expect(await db.count('requests')).toBe(1);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['diagnostics', 'test-next']));
    db.close();
  });

  it('opens a database another context left at an older version without losing its records', async () => {
    const name = uniqueName();
    // An older layout made by raw IndexedDB calls, as an earlier release of the extension would have left it.
    const raw = await openDB(name, 1, { upgrade: (db, old, _n, tx) => MIGRATIONS[0]!.upgrade(db as never, tx as never) });
    await raw.put('people', V1_EXAMPLES.people[0]);
    raw.close();
    const db = await openJournalDB({ name });
    expect(await db.get('people', 'p1')).toMatchObject({ displayName: 'Jana Schmidt' });
    db.close();
  });
});
