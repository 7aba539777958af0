import { unwrap } from 'idb';
import type { StoreName } from './db-schema';
import { committed, type Progress } from './bulk-write';
import { queueCheckedPuts } from './checked-puts';
import type { Deps } from './profiles';
import { DB_VERSION, upgradeRecords } from './migrations';
import { BACKUP_FORMAT, BACKUP_UPGRADES, BACKUP_VERSION, BackupFile, RestoreReceipt, STORE_SHAPES, type BackupMark } from './backup-shapes';
import type { JobErrorCode } from '../messaging/import-protocol';

const storesOf = (deps: Deps): StoreName[] => [...deps.db.objectStoreNames] as StoreName[];

/**
 * Every record of every store, read in one transaction (a consistent picture), with the time of this backup
 * written first so that the file holds it too and a restore gives back exactly the journal as it was after.
 */
export async function exportBackup(deps: Deps): Promise<BackupFile> {
  const exportedAt = deps.now();
  const names = storesOf(deps);
  const tx = unwrap(deps.db).transaction(names, 'readwrite');
  const done = committed(tx);
  const mark: BackupMark = { v: 1, key: 'lastBackup', at: exportedAt };
  tx.objectStore('settings').put(mark);
  const all = await Promise.all(
    names.map((name) => new Promise<unknown[]>((resolve, reject) => {
      const req = tx.objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    })),
  );
  await done;
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: DB_VERSION, exportedAt, stores: Object.fromEntries(names.map((n, i) => [n, all[i]!])) };
}

/** When the last backup was taken, or null. */
export async function lastBackupAt(deps: Deps): Promise<number | null> {
  const raw = (await unwrapGet(deps, 'settings', 'lastBackup')) as Partial<BackupMark> | undefined;
  return typeof raw?.at === 'number' ? raw.at : null;
}

function unwrapGet(deps: Deps, store: StoreName, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = unwrap(deps.db).transaction(store).objectStore(store).get(key);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export interface RestoreOutcome {
  restored: Record<string, number>;
  quarantined: number;
}

/**
 * Why a file cannot be restored, as a code the dashboard words in the user's language (the message is English, for
 * developers and the command line).
 */
export class BackupRefused extends Error {
  constructor(
    readonly code: Extract<JobErrorCode, 'not-a-backup' | 'backup-too-new' | 'backup-unknown-stores'>,
    message: string,
  ) {
    super(message);
  }
}

/** A backup file read and brought up to this version, or a BackupRefused saying why it cannot be restored. Pure. */
export function readBackup(raw: unknown): BackupFile {
  const parsed = BackupFile.safeParse(raw);
  if (!parsed.success) throw new BackupRefused('not-a-backup', 'this is not a Handschlag backup file');
  let file = parsed.data;
  if (file.version > BACKUP_VERSION || file.schemaVersion > DB_VERSION) throw new BackupRefused('backup-too-new', 'this backup was made by a newer version of Handschlag');
  for (let v = file.version; v < BACKUP_VERSION; v++) file = BACKUP_UPGRADES[v - 1]!(file);
  // Records of an older journal version are rewritten as the journal's own upgrade rewrote them.
  if (file.schemaVersion < DB_VERSION) file = { ...file, schemaVersion: DB_VERSION, stores: upgradeRecords(file.stores, file.schemaVersion) };
  return file;
}

/**
 * Replaces the whole journal by the backup's records in one transaction: all of them or, on any failure (quota,
 * cancel, a stopped worker), the journal as it was. Every record is checked against its store's shape as it is
 * queued (queueCheckedPuts); records that fail are not dropped: they go to quarantine with the reason, like damaged
 * records met on reading. Progress counts the backup's records checked and written. With a `jobId`, the restore's
 * receipt is written in the same transaction (asked for after a stopped worker: did the restore land?).
 */
export async function restoreBackup(deps: Deps, raw: unknown, onProgress?: Progress, signal?: AbortSignal, jobId?: string): Promise<RestoreOutcome> {
  const file = readBackup(raw);
  const names = storesOf(deps);
  const unknown = Object.keys(file.stores).filter((s) => !names.includes(s as StoreName));
  if (unknown.length) throw new BackupRefused('backup-unknown-stores', `the backup has stores this version does not know: ${unknown.join(', ').slice(0, 200)}`);
  signal?.throwIfAborted();
  // The quarantine's own entries last: a damaged one is kept too, wrapped in an entry of its own.
  const order = [...names.filter((n) => n !== 'quarantine'), 'quarantine' as const];
  // The backup's own restore receipt belongs to the journal it was taken from: it would overwrite this job's.
  const records = (store: StoreName) => (file.stores[store] ?? []).filter((r) => !(store === 'settings' && RestoreReceipt.safeParse(r).success));
  const parts = order.map((store) => ({ store, shape: STORE_SHAPES[store], records: records(store) }));
  const tx = unwrap(deps.db).transaction(names, 'readwrite');
  const done = committed(tx);
  const abort = () => tx.abort();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    for (const name of names) tx.objectStore(name).clear();
    if (jobId) tx.objectStore('settings').put(RestoreReceipt.parse({ v: 1, key: 'lastRestore', jobId, at: deps.now() }));
    const written = queueCheckedPuts(tx, parts, deps.now(), onProgress);
    await done;
    return { restored: written.valid, quarantined: written.invalid.length };
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}
