import type { MessageKey, Translate } from '../../utils/i18n';
import { JOB_ERROR_CODES, type JobErrorCode } from '../../utils/messaging/import-protocol';
import type { FailedJob, JobProblem } from './import-state';

/** The problem a background's error code names (its message is English, for developers, and never shown). Pure. */
export function jobProblemOf(code: string | undefined): JobProblem {
  if (code === 'unreachable') return 'unreachable';
  return (JOB_ERROR_CODES as readonly string[]).includes(code ?? '') ? (code as JobErrorCode) : 'other';
}

const SENTENCE: Record<FailedJob, MessageKey> = {
  import: 'import_failed',
  restore: 'import_restore_failed',
  backup: 'import_backup_failed',
  export: 'import_export_failed',
};

const WHY: Record<JobProblem, MessageKey> = {
  'not-a-backup': 'import_why_not_a_backup',
  'backup-too-new': 'import_why_backup_too_new',
  'backup-unknown-stores': 'import_why_unknown_stores',
  'job-running': 'import_why_job_running',
  'file-too-large': 'import_why_file_too_large',
  // A full disk: retrying cannot help until space is freed, so it is named (not "unexpected, please try again").
  quota: 'import_why_quota',
  unreachable: 'errorNoAnswer',
  other: 'errorUnexpected',
};

/** A failed job in the user's language: what did not happen, and why. Pure. */
export function jobFailureText(t: Translate, job: FailedJob, problem: JobProblem): string {
  // A state without a known problem (an older page's) still reads as a sentence, never as a code.
  return t(SENTENCE[job], t(WHY[problem] ?? WHY.other));
}
