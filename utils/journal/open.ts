import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type JournalDB } from './db-schema';
import { assertLadder, MIGRATIONS } from './migrations';
import type { Migration, UpgradeDB, UpgradeTx } from './migrations/types';

export interface OpenOptions {
  name?: string;
  /** Tests pass a longer ladder to prove the next version's step. */
  migrations?: readonly Migration[];
  /** Called when another context wants a newer version: close so it can proceed. */
  onVersionChange?: () => void;
}

/** Opens the journal, running every migration step above the stored version in one upgrade transaction. */
export async function openJournalDB(options: OpenOptions = {}): Promise<IDBPDatabase<JournalDB>> {
  const steps = options.migrations ?? MIGRATIONS;
  assertLadder(steps);
  const db = await openDB<JournalDB>(options.name ?? DB_NAME, steps.length, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      for (const step of steps) {
        if (oldVersion < step.version) {
          await step.upgrade(database as unknown as UpgradeDB, tx as unknown as UpgradeTx);
        }
      }
    },
  });
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  return db;
}
