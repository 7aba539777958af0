import { z } from 'zod';
import { IMPORT_FORMATS, ROW_PROBLEMS } from '../import/types';

// Imports, exports, backups and restores: extension pages only (a content script never imports or deletes).
// Kept apart from protocol.ts so that the feature's messages are in one place; protocol.ts spreads them in.

// `problem` and `detail` let the dashboard word the finding in the user's language; `reason` is English.
// `line`: the line of the file the row starts on (preamble and header counted), as an editor shows it; absent when
// unknown (a vCard, a refused file).
const RowError = z.object({
  row: z.number().int().nonnegative(),
  line: z.number().int().positive().optional(),
  reason: z.string().max(500),
  problem: z.enum(ROW_PROBLEMS).optional(),
  detail: z.array(z.string().max(300)).max(4).optional(),
});
const Counts = z.record(z.string(), z.number().int());
const count = z.number().int().nonnegative().optional();
/** Why an import leaves rows out on purpose (utils/import: ImportedData.skipped), in the order the dashboard names them. */
export const SKIP_REASONS = ['hidden', 'sponsored', 'draft', 'empty'] as const;
/**
 * Every count `Skipped` carries: the reasons above; `undated` and `undatedInvitations`, connections and invitations
 * imported without their date because it could not be read (not left out); `undatedMessages`, messages left out for
 * want of a readable date (a message has no place in the timeline without one). The dashboard says each of the
 * three in a sentence of its own.
 */
export const SKIPPED_COUNTS = [...SKIP_REASONS, 'undated', 'undatedInvitations', 'undatedMessages'] as const;
/** Rows an import left out on purpose, by reason, and the rows it imported without their date. */
export const Skipped = z.object({
  hidden: count, sponsored: count, draft: count, empty: count, undated: count, undatedInvitations: count, undatedMessages: count,
} satisfies Record<(typeof SKIPPED_COUNTS)[number], typeof count>);
export type Skipped = z.infer<typeof Skipped>;
/**
 * What an import or restore does now, in order: the page hands the file over in parts ('sending': bytes, shown by the
 * page itself), the background splits the text into rows ('splitting': characters), reads the rows ('reading': data
 * rows, or 0 of 0 for a file read at once), checks the records ('checking'), compares them with the journal
 * ('comparing': records of the file), and writes ('writing': records written of all to write).
 */
export const JOB_PHASES = ['sending', 'splitting', 'reading', 'checking', 'comparing', 'writing', 'done'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

/** A job's progress: what it does now, and how far it is (see JOB_PHASES); `jobId` names the job running. */
const Progress = z.object({
  job: z.enum(['idle', 'import', 'restore']),
  phase: z.enum(JOB_PHASES),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  jobId: z.string().max(100).optional(),
});
const page = ['page'] as const;

/**
 * Pushed by the background to the extension's pages while an import or restore runs (at most every 50 ms, and at
 * each change of phase): the dashboard shows it without asking. Not a request: nothing answers it.
 */
export const PROGRESS_PUSH = 'import/progress-push';
export const ProgressPush = z.object({ type: z.literal(PROGRESS_PUSH), payload: Progress });
export type ProgressPush = z.infer<typeof ProgressPush>;

/**
 * Why the background refuses a restore (or starts no job) before anything changes: the dashboard words each code in
 * the user's language (components/dashboard/job-problem-text.ts); the error's message stays English, for developers.
 */
export const JOB_ERROR_CODES = ['not-a-backup', 'backup-too-new', 'backup-unknown-stores', 'job-running', 'file-too-large', 'quota'] as const;
export type JobErrorCode = (typeof JOB_ERROR_CODES)[number];

/** The most bytes of a file one `import/part` carries, and the most a file may have in all. */
export const PART_BYTES = 128 * 1024;
export const MAX_IMPORT_BYTES = 100_000_000;

/** What an import answers: its counts, or the rows (or the file) it refused; nothing changed then. */
const ImportAnswer = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    format: z.enum(IMPORT_FORMATS),
    rows: z.number().int(),
    peopleAdded: z.number().int(),
    /** People of the file already in the journal whose record got a field they lacked. */
    peopleMerged: z.number().int(),
    /** People of the file already in the journal, nothing to add (a file imported again); absent from an older worker. */
    peopleUnchanged: z.number().int().optional(),
    requestsAdded: z.number().int(),
    messagesAdded: z.number().int(),
    unchanged: z.number().int(),
    /** Damaged records of the journal met on the way, moved to the quarantine. */
    quarantined: z.number().int(),
    /** Rows left out on purpose, by reason (not errors): hidden members, sponsored messages, drafts, empty ones; and rows imported without their unreadable date. */
    skipped: Skipped.optional(),
  }),
  z.object({ status: z.literal('refused'), format: z.enum(IMPORT_FORMATS).nullable(), rows: z.number().int(), errors: z.array(RowError).max(1000), errorCount: z.number().int() }),
]);
export type ImportAnswer = z.infer<typeof ImportAnswer>;

export const IMPORT_PROTOCOL = {
  /**
   * A part of a file to import, base64 (runtime messages carry JSON only), kept by the background for the
   * `import/run` of the same job. `at` is the part's first byte in the file: a part at 0 starts the job (refused
   * with `job-running` while another job's parts are still coming in), every further part must follow the bytes
   * held. Answers the bytes held so far for the job. A file over MAX_IMPORT_BYTES is refused with `file-too-large`.
   */
  'import/part': {
    request: z.object({
      jobId: z.string().min(1).max(100),
      at: z.number().int().nonnegative().max(MAX_IMPORT_BYTES),
      base64: z.string().max(Math.ceil(PART_BYTES / 3) * 4),
    }),
    response: z.object({ received: z.number().int().nonnegative() }),
    senders: page,
  },
  /**
   * Parses and writes the file whose parts were sent before (all of them: `size` is the file's length, and a run
   * whose parts do not add up to it is refused and changes nothing). Carries no bytes itself, so the background can
   * tell the pages it is reading before it joins and decodes the parts.
   */
  'import/run': {
    request: z.object({ jobId: z.string().min(1).max(100), fileName: z.string().min(1).max(300), size: z.number().int().nonnegative().max(MAX_IMPORT_BYTES) }),
    response: ImportAnswer,
    senders: page,
  },
  /**
   * The last import that ended since the worker started (its answer, or the code it failed with: 'cancelled' for a
   * cancel), else the journal's receipt of the last import that landed (no counts), else null. Asked by a dashboard
   * opened while an import ran or after it ended, which would otherwise never learn its result.
   */
  'import/last': {
    request: z.object({}),
    response: z.object({
      last: z.object({ jobId: z.string(), fileName: z.string(), at: z.number().int(), answer: ImportAnswer.optional(), problem: z.string().max(100).optional() }).nullable(),
    }),
    senders: page,
  },
  /** Whether the import or restore of this job landed: asked after the worker stopped during it (all or none did). */
  'import/landed': { request: z.object({ jobId: z.string().min(1).max(100) }), response: z.object({ landed: z.boolean() }), senders: page },
  'import/progress': { request: z.object({}), response: Progress, senders: page },
  /** Stops a running import or restore (its transaction is aborted, nothing of it lands) and drops a file being handed over. */
  'import/cancel': { request: z.object({}), response: z.object({ cancelled: z.boolean() }), senders: page },
  'backup/export': { request: z.object({}), response: z.object({ json: z.string(), exportedAt: z.number().int() }), senders: page },
  /** `jobId`: written as the restore's receipt in its transaction (see 'import/landed'). */
  'backup/restore': {
    request: z.object({ json: z.string().max(500_000_000), jobId: z.string().min(1).max(100).optional() }),
    response: z.object({ restored: Counts, quarantined: z.number().int() }),
    senders: page,
  },
  'backup/status': { request: z.object({}), response: z.object({ lastBackupAt: z.number().int().nullable() }), senders: page },
  /** People as CSV or vCards: the ones named, or everyone. */
  'export/people': {
    request: z.object({ format: z.enum(['csv', 'vcard']), personIds: z.array(z.string().min(1).max(100)).max(200_000).optional() }),
    response: z.object({ text: z.string(), count: z.number().int() }),
    senders: page,
  },
} as const;
