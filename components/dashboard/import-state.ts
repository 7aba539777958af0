import type { JobErrorCode, JobPhase, Skipped } from '../../utils/messaging/import-protocol';
import type { RowError } from '../../utils/import/types';

/** What failed: an import, a restore, making a backup or exporting people (each is named in its own words). */
export type FailedJob = 'import' | 'restore' | 'backup' | 'export';

/**
 * Why, as the dashboard words it (job-problem-text.ts): a refusal's code, no answer from the background, or anything
 * else. Never the background's own (English) message.
 */
export type JobProblem = JobErrorCode | 'unreachable' | 'other';

/** What the Import and export section shows about the current or last job. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; job: 'import' | 'restore'; phase: JobPhase; done: number; total: number }
  | {
      kind: 'imported'; fileName: string; rows: number; peopleAdded: number; peopleMerged: number; requestsAdded: number; messagesAdded: number; unchanged: number; skipped?: Skipped;
      /** People already in the journal with nothing new; damaged journal records quarantined on the way. */
      peopleUnchanged?: number; quarantined?: number;
    }
  /** `line`: the line of the file the row starts on, when the background knows it (a CSV). Row 0: the whole file. */
  | { kind: 'refused'; fileName: string; errors: (RowError & { line?: number })[]; errorCount: number }
  | { kind: 'unknown'; fileName: string }
  /** Larger than the background takes (MAX_IMPORT_BYTES, `limit`): refused before it is sent. */
  | { kind: 'too-large'; fileName: string; limit: number }
  /** The journal's receipt of the last import that landed (its counts are not kept), shown when no job was seen. */
  | { kind: 'earlier'; fileName: string; at: number }
  | { kind: 'failed'; job: FailedJob; problem: JobProblem }
  | { kind: 'cancelled' }
  /** No answer came: whether the job's receipt is in the journal (all of it landed) or not (none of it). */
  | { kind: 'interrupted'; job: 'import' | 'restore'; landed: boolean }
  | { kind: 'restored'; people: number; quarantined: number };

/** The dashboard reminds to back up when the last backup is older than this (or there is none). */
export const BACKUP_REMINDER_MS = 30 * 86_400_000;
