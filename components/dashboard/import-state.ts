import type { Skipped } from '../../utils/messaging/import-protocol';
import type { JobPhase } from '../../utils/messaging/import-protocol';
import type { RowError } from '../../utils/import/types';

/** What the Import and export section shows about the current or last job. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; job: 'import' | 'restore'; phase: JobPhase; done: number; total: number }
  | { kind: 'imported'; fileName: string; rows: number; peopleAdded: number; peopleMerged: number; requestsAdded: number; messagesAdded: number; unchanged: number; skipped?: Skipped }
  | { kind: 'refused'; fileName: string; errors: RowError[]; errorCount: number }
  | { kind: 'unknown'; fileName: string }
  | { kind: 'failed'; job: 'import' | 'restore'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'interrupted'; landed: boolean }
  | { kind: 'restored'; people: number; quarantined: number };

/** The dashboard reminds to back up when the last backup is older than this (or there is none). */
export const BACKUP_REMINDER_MS = 30 * 86_400_000;
