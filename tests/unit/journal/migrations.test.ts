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
import { Reminder } from '../../../utils/model/reminders';
import { hostileJournal, V1_EXAMPLES, V2_EXAMPLES, V3_EXAMPLES, V4_EXAMPLES, V5_EXAMPLES } from './examples';

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
  reminders: Reminder,
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
      ['blocklist', 'diagnostics', 'events', 'identities', 'interactions', 'people', 'quarantine', 'reminders', 'requests', 'settings', 'snapshots', 'verdicts'],
    );
    const tx = db.transaction(['identities', 'requests', 'interactions'], 'readonly');
    expect([...tx.objectStore('requests').indexNames].sort()).toEqual(['identity', 'personId', 'stateDirectionTime', 'stateTime']);
    expect([...tx.objectStore('interactions').indexNames].sort()).toEqual(['at', 'personTime']);
    expect(tx.objectStore('identities').keyPath).toBe('id');
    await tx.done;
    const reminders = db.transaction('reminders').store;
    expect([...reminders.indexNames].sort()).toEqual(['personId', 'stateDue']);
    db.close();
  });

  it('keeps every example record valid when the ladder runs from every older version to the current one', async () => {
    const examplesByVersion: Record<number, Record<string, readonly unknown[]>> = { 1: V1_EXAMPLES, 2: V2_EXAMPLES, 3: V3_EXAMPLES, 4: V4_EXAMPLES, 5: V5_EXAMPLES };
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

describe('journal migrations with a large, hostile journal', () => {
  it('moves 1,000 people with hostile names and 10 kB notes from version 3 to the current version unchanged', async () => {
    const name = uniqueName();
    const journal = hostileJournal(1000);
    await seedAtVersion(name, 3, journal);
    const db = await openJournalDB({ name });
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(journal)) {
      const stored = await db.getAll(store as never);
      expect(stored.length, store).toBe(records.length);
      const byId = new Map(stored.map((r) => [(r as { id: string }).id, r]));
      for (const record of records) expect(byId.get(record.id), `${store} ${record.id}`).toEqual(record);
    }
    for (const person of await db.getAll('people')) expect(Person.safeParse(person).success).toBe(true);
    expect(await db.count('reminders')).toBe(0);
    db.close();
  });

  it('a step that fails leaves the old version and every record as they were, and says which step failed', async () => {
    const name = uniqueName();
    const journal = hostileJournal(50);
    await seedAtVersion(name, 3, journal);
    const broken: Migration = {
      version: 4,
      description: 'a step that breaks half-way',
      async upgrade(db, tx) {
        db.createObjectStore('reminders', { keyPath: 'id' });
        const people = tx.objectStore('people');
        const cursor = await people.openCursor();
        await cursor!.update({ ...(cursor!.value as object), displayName: 'half-migrated' });
        throw new Error('disk full');
      },
    };
    await expect(openJournalDB({ name, migrations: [...MIGRATIONS.slice(0, 3), broken] })).rejects.toThrow(/version 4.*disk full/);
    const raw = await openDB(name);
    expect(raw.version).toBe(3);
    expect([...raw.objectStoreNames]).not.toContain('reminders');
    const people = await raw.getAll('people');
    expect(people).toEqual([...journal.people].sort((a, b) => (a.id < b.id ? -1 : 1)));
    raw.close();
    // The real step then runs over the untouched data.
    const db = await openJournalDB({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('people')).toBe(50);
    db.close();
  });
});
