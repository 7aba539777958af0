import { z } from 'zod';
import { IMPORT_FORMATS } from '../import/types';

// Imports, exports, backups and restores: extension pages only (a content script never imports or deletes).
// Kept apart from protocol.ts so that the feature's messages are in one place; protocol.ts spreads them in.

const RowError = z.object({ row: z.number().int().nonnegative(), reason: z.string().max(500) });
const Counts = z.record(z.string(), z.number().int());
/**
 * A job's progress: what it does now, and how far it is (records checked of all to check while 'checking', records
 * written of all to write while 'writing').
 */
const Progress = z.object({
  job: z.enum(['idle', 'import', 'restore']),
  phase: z.enum(['reading', 'checking', 'writing', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
const page = ['page'] as const;

/**
 * Pushed by the background to the extension's pages while an import or restore runs (at most every 100 ms, and at
 * each change of phase): the dashboard shows it without asking. Not a request: nothing answers it.
 */
export const PROGRESS_PUSH = 'import/progress-push';
export const ProgressPush = z.object({ type: z.literal(PROGRESS_PUSH), payload: Progress });
export type ProgressPush = z.infer<typeof ProgressPush>;

export const IMPORT_PROTOCOL = {
  /** The file's bytes as base64 (runtime messages carry JSON only); parsed and written by the background. */
  'import/run': {
    request: z.object({ jobId: z.string().min(1).max(100), fileName: z.string().min(1).max(300), base64: z.string().max(140_000_000) }),
    response: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('imported'),
        format: z.enum(IMPORT_FORMATS),
        rows: z.number().int(),
        peopleAdded: z.number().int(),
        peopleMerged: z.number().int(),
        requestsAdded: z.number().int(),
        messagesAdded: z.number().int(),
        unchanged: z.number().int(),
        quarantined: z.number().int(),
      }),
      z.object({ status: z.literal('refused'), format: z.enum(IMPORT_FORMATS).nullable(), rows: z.number().int(), errors: z.array(RowError).max(1000), errorCount: z.number().int() }),
    ]),
    senders: page,
  },
  /** Whether the import of this job landed: asked after the worker stopped during it (all or none did). */
  'import/landed': { request: z.object({ jobId: z.string().min(1).max(100) }), response: z.object({ landed: z.boolean() }), senders: page },
  'import/progress': { request: z.object({}), response: Progress, senders: page },
  /** Stops a running import or restore: its transaction is aborted, nothing of it lands. */
  'import/cancel': { request: z.object({}), response: z.object({ cancelled: z.boolean() }), senders: page },
  'backup/export': { request: z.object({}), response: z.object({ json: z.string(), exportedAt: z.number().int() }), senders: page },
  'backup/restore': {
    request: z.object({ json: z.string().max(500_000_000) }),
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
