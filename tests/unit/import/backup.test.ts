import { describe, expect, it } from 'vitest';
import { exportBackup, lastBackupAt, restoreBackup } from '../../../utils/journal/backup';
import { STORE_SHAPES } from '../../../utils/journal/backup-shapes';
import { DB_VERSION } from '../../../utils/journal/migrations';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { recordProfile } from '../../../utils/journal/profiles';
import { recordParseOutcome } from '../../../utils/journal/diagnostics';
import { updateSettings } from '../../../utils/journal/settings-store';
import { dumpAll, testDeps } from '../helpers/journal';
import { V1_EXAMPLES, V2_EXAMPLES, V4_EXAMPLES } from '../journal/examples';
import { parseFixture } from './fixtures';

type Deps = Awaited<ReturnType<typeof testDeps>>['deps'];

/** A journal with something in every store. */
async function filledJournal() {
  const t = await testDeps();
  for (const file of ['Connections_2024_notes-preamble.pseudonymised.csv', 'Invitations_2021_incoming-notes.pseudonymised.csv', 'made-up_messages_2024_with-drafts.csv']) {
    await importIntoJournal(t.deps, parseFixture(file));
  }
  await recordProfile(t.deps, { platform: 'xing', key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt', wants: ['Lieferanten'] } });
  await recordParseOutcome(t.deps, { pageType: 'xing.profile' });
  await updateSettings(t.deps, { autoCapture: false });
  for (const store of ['events', 'verdicts', 'blocklist'] as const) {
    for (const record of V1_EXAMPLES[store]) await t.deps.db.put(store, record as never);
  }
  for (const record of V4_EXAMPLES.reminders) await t.deps.db.put('reminders', record as never);
  await t.deps.db.put('quarantine', { id: 'people:x', store: 'people', key: 'x', record: { broken: true }, error: 'displayName: required', at: 1 });
  return t;
}

async function deleteAll(deps: Deps) {
  for (const name of [...deps.db.objectStoreNames]) await deps.db.clear(name);
}

describe('backup and restore', () => {
  it('every store of the journal has a shape to check its records against', async () => {
    const { deps } = await testDeps();
    expect(Object.keys(STORE_SHAPES).sort()).toEqual([...deps.db.objectStoreNames].sort());
  });

  it('export, delete all, restore: the same journal, record for record', async () => {
    const { deps } = await filledJournal();
    const backup = JSON.parse(JSON.stringify(await exportBackup(deps))) as unknown; // through a file's text
    const before = await dumpAll(deps);
    for (const store of Object.keys(before)) expect(before[store]!.length, store).toBeGreaterThan(0);
    await deleteAll(deps);
    expect(await lastBackupAt(deps)).toBeNull();
    const outcome = await restoreBackup(deps, backup);
    expect(outcome.quarantined).toBe(0);
    expect(outcome.restored.people).toBe(before.people!.length);
    expect(await dumpAll(deps)).toEqual(before);
    expect(await lastBackupAt(deps)).toBe(deps.now());
  });

  it('a backup of an older schema restores into this one', async () => {
    const { deps } = await testDeps();
    const old = { format: 'handschlag-backup', version: 1, schemaVersion: 1, exportedAt: 1_700_000_000_000, stores: V1_EXAMPLES };
    await restoreBackup(deps, JSON.parse(JSON.stringify(old)));
    const after = await dumpAll(deps);
    const keyOf = (r: unknown) => String((r as { id?: string; key?: string }).id ?? (r as { key?: string }).key);
    const byKey = (rs: readonly unknown[]) => [...rs].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
    for (const [store, records] of Object.entries(V1_EXAMPLES)) expect(byKey(after[store]!), store).toEqual(byKey(records));
    expect(after.diagnostics).toEqual([]);
  });

  it('refuses a backup of a newer version or a file that is none, and changes nothing', async () => {
    const { deps } = await filledJournal();
    const before = await dumpAll(deps);
    const newer = { format: 'handschlag-backup', version: 2, schemaVersion: DB_VERSION, exportedAt: 1, stores: {} };
    await expect(restoreBackup(deps, newer)).rejects.toThrow('newer version');
    await expect(restoreBackup(deps, { ...newer, version: 1, schemaVersion: DB_VERSION + 1 })).rejects.toThrow('newer version');
    await expect(restoreBackup(deps, { people: [] })).rejects.toThrow('not a Handschlag backup');
    await expect(restoreBackup(deps, { ...newer, version: 1, stores: { gossip: [] } })).rejects.toThrow('gossip');
    expect(await dumpAll(deps)).toEqual(before);
  });

  it('records that fail their shape go to quarantine with the reason, the rest is restored', async () => {
    const { deps } = await testDeps();
    const stores = { ...V2_EXAMPLES, people: [...V2_EXAMPLES.people, { v: 1, id: 'bad', displayName: '' }] };
    const outcome = await restoreBackup(deps, { format: 'handschlag-backup', version: 1, schemaVersion: 2, exportedAt: 1, stores });
    expect(outcome).toMatchObject({ quarantined: 1, restored: { people: 2 } });
    expect((await deps.db.getAllFromIndex('quarantine', 'store', 'people')).find((q) => q.key === 'bad')).toMatchObject({ store: 'people', record: { id: 'bad' } });
  });

  it('cancelled while writing: the journal stays as it was', async () => {
    const { deps } = await filledJournal();
    const backup = await exportBackup(deps);
    const before = await dumpAll(deps);
    const cancel = new AbortController();
    await expect(restoreBackup(deps, { ...backup, stores: { ...backup.stores, people: [] } }, () => cancel.abort(), cancel.signal)).rejects.toThrow();
    expect(await dumpAll(deps)).toEqual(before);
  });
});
