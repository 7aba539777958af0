import { z } from 'zod';
import { EpochMs } from '../model/base';
import { DiagnosticRecord } from '../model/diagnostics';
import { Identity, Person, Snapshot } from '../model/people';
import { BlockEntry, Interaction, JournalEvent, Verdict } from '../model/relationships';
import { Reminder } from '../model/reminders';
import { RequestRecord } from '../model/requests';
import { QuarantineRecord, SettingsRecord } from './envelopes';
import type { StoreName } from './db-schema';

/** When the user last took a full backup: a record of its own in the settings store (the dashboard reminds after 30 days). */
export const BackupMark = z.object({ v: z.literal(1), key: z.literal('lastBackup'), at: EpochMs });
export type BackupMark = z.infer<typeof BackupMark>;

/**
 * Written in the same transaction as an import: after a stopped worker the page asks whether its job's receipt
 * is there, and so knows whether the whole import landed or none of it.
 */
export const ImportReceipt = z.object({ v: z.literal(1), key: z.literal('lastImport'), jobId: z.string().min(1).max(100), fileName: z.string().max(300), at: EpochMs });
export type ImportReceipt = z.infer<typeof ImportReceipt>;

/** The same for a restore: written in the restore's transaction, so its presence says the whole backup landed. */
export const RestoreReceipt = z.object({ v: z.literal(1), key: z.literal('lastRestore'), jobId: z.string().min(1).max(100), at: EpochMs });
export type RestoreReceipt = z.infer<typeof RestoreReceipt>;

/**
 * The shape every record of each store must have to be restored. A store added later must be added here: the
 * test beside the backup fails until it is (a store without a shape would be restored unchecked).
 */
export const STORE_SHAPES: Record<StoreName, z.ZodType> = {
  people: Person,
  identities: Identity,
  snapshots: Snapshot,
  requests: RequestRecord,
  interactions: Interaction,
  events: JournalEvent,
  verdicts: Verdict,
  blocklist: BlockEntry,
  reminders: Reminder,
  settings: z.union([SettingsRecord, BackupMark, ImportReceipt, RestoreReceipt]),
  quarantine: QuarantineRecord,
  diagnostics: DiagnosticRecord,
};

/** The file: versioned on its own (`version`), and naming the journal's schema it was taken from. */
export const BACKUP_FORMAT = 'handschlag-backup';
export const BACKUP_VERSION = 1;

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: EpochMs,
  stores: z.record(z.string(), z.array(z.unknown())),
});
export type BackupFile = z.infer<typeof BackupFile>;

/**
 * One step per older backup version, turning a file of version n into version n + 1 (records of an older shape
 * into the newer one). Version 1 is the first: nothing to do yet. A later version appends its step here and adds a
 * test that a version-1 file restores.
 */
export const BACKUP_UPGRADES: readonly ((file: BackupFile) => BackupFile)[] = [];
