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

/** An upgrade step failed: the upgrade was rolled back, the journal is still at `fromVersion` with every record. */
export class JournalUpgradeError extends Error {
  constructor(
    readonly fromVersion: number,
    readonly failedVersion: number,
    cause: unknown,
  ) {
    super(`journal upgrade to version ${failedVersion} failed (still at version ${fromVersion}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'JournalUpgradeError';
  }
}

/**
 * Opens the journal, running every migration step above the stored version in one upgrade transaction.
 * A step that throws aborts that transaction, so nothing of the upgrade lands (idb does not await the
 * upgrade callback: without the abort, the requests made before the error would commit).
 */
export async function openJournalDB(options: OpenOptions = {}): Promise<IDBPDatabase<JournalDB>> {
  const steps = options.migrations ?? MIGRATIONS;
  assertLadder(steps);
  let failure: JournalUpgradeError | null = null;
  const opening = openDB<JournalDB>(options.name ?? DB_NAME, steps.length, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      let current = 0;
      try {
        for (const step of steps) {
          if (oldVersion < step.version) {
            current = step.version;
            await step.upgrade(database as unknown as UpgradeDB, tx as unknown as UpgradeTx);
          }
        }
      } catch (error) {
        failure = new JournalUpgradeError(oldVersion, current, error);
        tx.done.catch(() => undefined); // the abort below rejects it; the open's rejection carries the news
        try {
          tx.abort();
        } catch {
          // already aborted by the failed request
        }
      }
    },
  });
  const db = await opening.catch((error: unknown) => {
    throw failure ?? error;
  });
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  return db;
}
