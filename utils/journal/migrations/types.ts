import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { JournalDB } from '../db-schema';

// A step sees the database as it is mid-upgrade; store names of older layouts are not in JournalDB,
// so steps work on the untyped view.
export type UpgradeDB = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  /** The database version this step produces. Steps run in order for every version above the old one. */
  version: number;
  /** What the step does, for logs and the diagnostics page. */
  description: string;
  upgrade(db: UpgradeDB, tx: UpgradeTx): Promise<void> | void;
  /**
   * The step's rewrite of one record, per store, for a step that changes records: a backup taken at an older
   * version is brought up by the same functions before it is restored. Pure; returns the record unchanged or a copy.
   */
  records?: Readonly<Record<string, (raw: unknown) => unknown>>;
}

export type JournalStoreNames = StoreNames<JournalDB>;
