import type { Handlers } from '../messaging/router';
import { HandlerError } from '../messaging/handler-error';
import { SKIPPED_COUNTS, type Skipped } from '../messaging/import-protocol';
import { ImportRefused, importSteps, type ImportedData, type ParseStep } from '../import';
import { Upload } from './import-upload';
import { yieldToLoop } from './event-loop';
import { PROGRESS_EVERY_MS } from './bulk-write';
import { peopleCsv, type PersonWithIdentities } from '../export/people-csv';
import { peopleVcards } from '../export/vcard';
import { Identity, Person } from '../model/people';
import { BackupRefused, exportBackup, lastBackupAt, restoreBackup } from './backup';
import { ImportReceipt, RestoreReceipt } from './backup-shapes';
import { importIntoJournal, importLanded } from './import-journal';
import { checkRecords, quarantine, recordKey } from './quarantine';
import type { Deps } from './profiles';
import { PROGRESS_PUSH, type ImportAnswer, type JobPhase, type ProgressPush } from '../messaging/import-protocol';
import { withFileLines } from './import-lines';
import { named } from './quota-error';

type ImportHandlers = Pick<Handlers, 'import/part' | 'import/run' | 'import/last' | 'import/landed' | 'import/progress' | 'import/cancel' | 'backup/export' | 'backup/restore' | 'backup/status' | 'export/people'>;

interface Job {
  job: 'import' | 'restore';
  jobId?: string;
  phase: JobPhase;
  done: number;
  total: number;
  cancel: AbortController;
}

/** How the last import since the worker started ended (see 'import/last'). */
interface LastImport {
  jobId: string;
  fileName: string;
  at: number;
  answer?: ImportAnswer;
  problem?: string;
}

/**
 * Parses the file in steps with a turn of the event loop between them (progress pushed, a cancel heard): characters
 * split into rows ('splitting'), then rows read ('reading').
 */
async function readInSteps(fileName: string, bytes: Uint8Array, deps: Deps, onStep: (step: ParseStep) => void, signal: AbortSignal): Promise<ImportedData> {
  const steps = importSteps(fileName, bytes, deps);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onStep(next.value);
    await yieldToLoop();
    signal.throwIfAborted();
  }
}

/**
 * The background's answers for imports, restores and exports. One import or restore at a time; its progress lives
 * in the worker's memory only (if the worker is stopped, the job's transaction is lost with it and the page,
 * whose message then fails, says that nothing was imported).
 */
export function importHandlers(deps: Deps, push?: (message: ProgressPush) => void): ImportHandlers {
  let running: Job | null = null;
  let last: LastImport | null = null;
  // Progress is pushed at most every PROGRESS_EVERY_MS (and at every change of phase and at the end).
  let lastPush = 0;
  const tell = (job: Job, force: boolean) => {
    const t = performance.now();
    if (!push || (!force && t - lastPush < PROGRESS_EVERY_MS)) return;
    lastPush = t;
    push({ type: PROGRESS_PUSH, payload: { job: job.job, phase: job.phase, done: job.done, total: job.total } });
  };
  const start = (job: Job['job'], jobId?: string): Job => {
    if (running) throw new HandlerError('job-running', 'an import or restore is already running');
    running = { job, jobId, phase: 'reading', done: 0, total: 0, cancel: new AbortController() };
    tell(running, true);
    return running;
  };
  const upload = new Upload(deps.now);
  const progress = (job: Job, phase: Exclude<JobPhase, 'sending' | 'done'>) => (done: number, total: number) => {
    const changed = job.phase !== phase;
    Object.assign(job, { phase, done, total });
    tell(job, changed || done === total);
  };
  const finish = (job: Job) => {
    running = null;
    job.phase = 'done';
    tell(job, true);
  };

  return {
    async 'import/part'({ jobId, at, base64 }) {
      if (running) throw new HandlerError('job-running', 'an import or restore is already running');
      return { received: upload.add(jobId, at, base64) };
    },
    async 'import/run'({ jobId, fileName, size }) {
      // Refused before the job starts: a run whose parts are not all here changes nothing and reports no progress.
      const missing = upload.missing(jobId, size);
      if (missing) throw new HandlerError('upload-incomplete', missing);
      const job = start('import', jobId); // pushes 'reading' at once, before the parts are joined and decoded
      // Kept for a dashboard that opens later (see 'import/last'): the answer, or the code the run failed with.
      const ended = (answer: ImportAnswer): ImportAnswer => {
        last = { jobId, fileName, at: deps.now(), answer };
        return answer;
      };
      try {
        let data;
        let bytes: Uint8Array;
        try {
          // One turn of the event loop: the push goes out and a cancel is heard before the first synchronous step.
          await yieldToLoop();
          job.cancel.signal.throwIfAborted();
          const splitting = progress(job, 'splitting');
          const reading = progress(job, 'reading');
          const onStep = (step: ParseStep) => (step.unit === 'chars' ? splitting : reading)(step.done, step.total);
          bytes = upload.take(jobId, size);
          data = await readInSteps(fileName, bytes, deps, onStep, job.cancel.signal);
        } catch (error) {
          if (error instanceof ImportRefused) return ended({ status: 'refused', format: null, rows: 0, errors: [{ row: 0, reason: error.message }], errorCount: 1 });
          throw error;
        }
        if (data.errors.length) {
          const errors = withFileLines(bytes, data.format, data.errors.slice(0, 1000));
          return ended({ status: 'refused', format: data.format, rows: data.rows, errors, errorCount: data.errors.length });
        }
        job.cancel.signal.throwIfAborted();
        const outcome = await importIntoJournal(deps, data, {
          onChecked: progress(job, 'checking'),
          onCompared: progress(job, 'comparing'),
          onWriting: progress(job, 'writing'),
          signal: job.cancel.signal,
          job: { jobId, fileName },
        });
        return ended({ status: 'imported', format: data.format, rows: data.rows, ...outcome, skipped: knownSkips(data.skipped) });
      } catch (error) {
        const why = named(error);
        last = { jobId, fileName, at: deps.now(), problem: job.cancel.signal.aborted ? 'cancelled' : why instanceof HandlerError ? why.code : 'other' };
        throw why;
      } finally {
        upload.clear();
        finish(job);
      }
    },
    async 'import/last'() {
      if (last) return { last };
      // The worker was stopped since: the journal's receipt says which import landed last (without its counts).
      const receipt = ImportReceipt.safeParse(await deps.db.get('settings', 'lastImport' as never));
      return { last: receipt.success ? { jobId: receipt.data.jobId, fileName: receipt.data.fileName, at: receipt.data.at } : null };
    },
    async 'import/landed'({ jobId }) {
      return { landed: (await importLanded(deps, jobId)) || (await restoreLanded(deps, jobId)) };
    },
    async 'import/progress'() {
      return running ? { job: running.job, jobId: running.jobId, phase: running.phase, done: running.done, total: running.total } : { job: 'idle', phase: 'done', done: 0, total: 0 };
    },
    async 'import/cancel'() {
      upload.clear(); // a file being handed over is dropped (the next file's part at 0 is then not refused)
      if (!running) return { cancelled: false };
      running.cancel.abort();
      return { cancelled: true };
    },
    async 'backup/export'() {
      const file = await exportBackup(deps).catch((error: unknown) => Promise.reject(named(error)));
      return { json: JSON.stringify(file), exportedAt: file.exportedAt };
    },
    async 'backup/restore'({ json, jobId }) {
      const job = start('restore', jobId);
      try {
        let raw: unknown;
        try {
          raw = JSON.parse(json);
        } catch {
          throw new HandlerError('not-a-backup', 'this is not a Handschlag backup file');
        }
        return await restoreBackup(deps, raw, progress(job, 'writing'), job.cancel.signal, jobId);
      } catch (error) {
        // The refusal's code crosses to the dashboard, which words it (the message is English).
        if (error instanceof BackupRefused) throw new HandlerError(error.code, error.message);
        throw named(error);
      } finally {
        finish(job);
      }
    },
    async 'backup/status'() {
      return { lastBackupAt: await lastBackupAt(deps) };
    },
    async 'export/people'({ format, personIds }) {
      const list = await peopleWithIdentities(deps, personIds);
      return { text: format === 'csv' ? peopleCsv(list) : peopleVcards(list), count: list.length };
    },
  };
}

/** Whether the restore of this job committed (its receipt is the journal's last restore). */
async function restoreLanded(deps: Deps, jobId: string): Promise<boolean> {
  const receipt = RestoreReceipt.safeParse(await deps.db.get('settings', 'lastRestore' as never));
  return receipt.success && receipt.data.jobId === jobId;
}

/** Valid people (all, or those named) with their identities, sorted by name; damaged records are quarantined. */
async function peopleWithIdentities(deps: Deps, personIds?: readonly string[]): Promise<PersonWithIdentities[]> {
  const now = deps.now();
  const tx = deps.db.transaction(['people', 'identities'], 'readonly');
  const [rawPeople, rawIdentities] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('identities').getAll()]);
  await tx.done;
  const people = checkRecords('people', Person, rawPeople, recordKey, now);
  const identities = checkRecords('identities', Identity, rawIdentities, recordKey, now);
  await quarantine(deps.db, [...people.invalid, ...identities.invalid]);
  const wanted = personIds ? new Set(personIds) : null;
  const byPerson = new Map<string, Identity[]>();
  for (const i of identities.valid) byPerson.set(i.personId, [...(byPerson.get(i.personId) ?? []), i]);
  return people.valid
    .filter((p) => !wanted || wanted.has(p.id))
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((person) => ({ person, identities: byPerson.get(person.id) ?? [] }));
}

/** The skipped rows the dashboard names, by reason (a reason it does not know is left out of the message). */
function knownSkips(skipped: Record<string, number>): Skipped {
  const out: Skipped = {};
  for (const reason of SKIPPED_COUNTS) if (skipped[reason]) out[reason] = skipped[reason];
  return out;
}
