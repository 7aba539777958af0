import type { ImportState } from '../../components/dashboard/import-state';
import { jobProblemOf } from '../../components/dashboard/job-problem-text';
import { MAX_IMPORT_BYTES, type ImportAnswer } from '../../utils/messaging/import-protocol';
import type { ResponseOf } from '../../utils/messaging/protocol';

/** The background no longer holds the file's parts (stopped meanwhile): nothing of the import is in the journal. */
const lostParts = (code: string | undefined) => code === 'unreachable' || code === 'upload-incomplete';

/** What the dashboard shows for an import's answer. Pure. */
export function answerState(fileName: string, answer: ImportAnswer): ImportState {
  if (answer.status === 'imported') return { kind: 'imported', fileName, ...answer };
  if (answer.format === null) return { kind: 'unknown', fileName };
  return { kind: 'refused', fileName, errors: answer.errors, errorCount: answer.errorCount };
}

/** What the dashboard shows when the background refused a part of the file (or did not answer). Pure. */
export function notTakenState(fileName: string, code: string | undefined): ImportState {
  if (code === 'file-too-large') return { kind: 'too-large', fileName, limit: MAX_IMPORT_BYTES };
  // A stopped worker loses the parts it held: nothing was imported, and the page says so as for any stop.
  if (lostParts(code)) return { kind: 'interrupted', job: 'import', landed: false };
  return { kind: 'failed', job: 'import', problem: jobProblemOf(code) };
}

/** What the dashboard shows when `import/run` was refused (not a lost answer: see the hook). Pure. */
export function runFailedState(code: string | undefined, cancelled: boolean): ImportState {
  if (cancelled) return { kind: 'cancelled' };
  return lostParts(code) ? { kind: 'interrupted', job: 'import', landed: false } : { kind: 'failed', job: 'import', problem: jobProblemOf(code) };
}

type Last = ResponseOf<'import/last'>['last'];

/**
 * What a dashboard that did not start the job shows of the last import (`import/last`). `followed`: the id of the
 * job it saw running, whose end it waited for: its result. Without one (nothing ran when it opened), the last import
 * that landed as a quiet "last import" line (a tab closed during an import learns that it landed); a failure of
 * another tab's is not repeated on every opening. Pure.
 */
export function lastState(last: Last, followed?: string): ImportState {
  if (followed && last?.jobId !== followed) {
    // The job it saw running left no answer and no receipt: its worker was stopped, and nothing of it landed.
    return { kind: 'interrupted', job: 'import', landed: false };
  }
  if (!last) return { kind: 'idle' };
  if (!followed) {
    const landed = last.answer ? last.answer.status === 'imported' : !last.problem;
    return landed ? { kind: 'earlier', fileName: last.fileName, at: last.at } : { kind: 'idle' };
  }
  if (last.answer) return answerState(last.fileName, last.answer);
  if (last.problem === 'cancelled') return { kind: 'cancelled' };
  if (last.problem) return { kind: 'failed', job: 'import', problem: jobProblemOf(last.problem) };
  // Only the receipt (the worker was stopped since): the import landed, its counts are not kept.
  return { kind: 'interrupted', job: 'import', landed: true };
}
