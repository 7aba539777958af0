import { useEffect, useRef, useState } from 'preact/hooks';
import { isoDay } from '../../utils/text/dates';
import type { ImportState } from '../../components/dashboard/import-state';
import { jobProblemOf } from '../../components/dashboard/job-problem-text';
import type { Client, Transport } from '../../utils/messaging/client';
import type { ResponseOf } from '../../utils/messaging/protocol';
import { MAX_IMPORT_BYTES, PART_BYTES, ProgressPush } from '../../utils/messaging/import-protocol';
import { answerState, lastState, notTakenState, runFailedState } from './import-outcome';
import { browser } from 'wxt/browser';

/**
 * The background pushes progress (ProgressPush) every 50 ms while a job runs; the page also asks this often, in
 * case a push is lost (asking is answered only between the worker's chunks of work).
 */
const POLL_MS = 500;

type Running = Extract<ImportState, { kind: 'running' }>;
type Progress = ResponseOf<'import/progress'>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const today = () => isoDay(Date.now());
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The dashboard's import, restore and export: reads the chosen file, sends it to the background, polls progress,
 * and turns every ending into a visible state. A message that gets no answer (the worker was stopped) is followed by
 * asking whether the job's receipt is in the journal: the import landed whole, or none of it did. Opened while a
 * job runs (started in another tab, or in this one before a reload), it shows that job and then its result.
 * `_transport` is kept for the callers: every message goes through the client, which counts a missing answer.
 */
export function useImportExport(client: Client, _transport: Transport, confirmRestore: () => boolean) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [lastBackupAt, setLastBackupAt] = useState<number | null>(null);
  const cancelled = useRef(false);
  // Counts the user's own actions: what the page learns of an earlier job is not shown over one of them.
  const acted = useRef(0);

  const refreshBackup = () => void client.send('backup/status', {}).then((r) => r.ok && setLastBackupAt(r.data.lastBackupAt));
  useEffect(() => {
    refreshBackup();
    void catchUp();
  }, []);

  /** On opening: a job that runs is shown (pickers closed, Cancel offered) until it ends, then its result. */
  async function catchUp() {
    const at = acted.current;
    const p = await client.send('import/progress', {});
    if (!p.ok || acted.current !== at) return;
    if (p.data.job === 'idle') {
      const last = await client.send('import/last', {});
      if (last.ok && acted.current === at) setState(lastState(last.data.last));
      return;
    }
    const job = p.data.job;
    await withProgress(job, async () => {
      for (let now = p.data; now.job !== 'idle' && now.jobId === p.data.jobId; ) {
        await pause(POLL_MS);
        const r = await client.send('import/progress', {});
        if (!r.ok) break;
        now = r.data;
      }
    }, p.data, false);
    if (acted.current !== at) return;
    if (job === 'restore') {
      setState({ kind: 'idle' });
      return refreshBackup();
    }
    const last = await client.send('import/last', {});
    setState(lastState(last.ok ? last.data.last : null, p.data.jobId ?? ''));
  }

  /**
   * Shows the job running while `run` runs: pushed progress, and (`poll`) asked every POLL_MS in case a push is
   * lost. `first`: its progress as last asked (a job this page did not start).
   */
  async function withProgress<T>(job: 'import' | 'restore', run: () => Promise<T>, first?: Progress, poll = true): Promise<T> {
    cancelled.current = false;
    setState({ kind: 'running', job, phase: first?.phase === 'done' || !first ? 'reading' : first.phase, done: first?.done ?? 0, total: first?.total ?? 0 });
    const show = (p: { job: string; phase: Running['phase']; done: number; total: number }) => {
      if (p.job === job && p.phase !== 'done') setState((s) => (s.kind === 'running' ? { kind: 'running', job, phase: p.phase, done: p.done, total: p.total } : s));
    };
    const timer = poll ? setInterval(() => void client.send('import/progress', {}).then((r) => r.ok && show(r.data)), POLL_MS) : undefined;
    const onPush = (message: unknown) => {
      const push = ProgressPush.safeParse(message);
      if (push.success) show(push.data.payload);
    };
    browser.runtime.onMessage.addListener(onPush);
    try {
      return await run();
    } finally {
      clearInterval(timer);
      browser.runtime.onMessage.removeListener(onPush);
    }
  }

  /**
   * Hands the file to the background in parts, showing the bytes it holds. The error of a part not taken, or null
   * (also when cancelled meanwhile: then nothing was started).
   */
  async function sendParts(jobId: string, bytes: Uint8Array): Promise<{ code: string; message: string } | null> {
    for (let at = 0; at < bytes.length && !cancelled.current; at += PART_BYTES) {
      const r = await client.send('import/part', { jobId, at, base64: toBase64(bytes.subarray(at, at + PART_BYTES)) });
      if (!r.ok) return r.error;
      setState((s) => (s.kind === 'running' ? { ...s, phase: 'sending', done: r.data.received, total: bytes.length } : s));
    }
    return null;
  }

  async function onImport(file: File) {
    acted.current++;
    // Refused before a byte is read or sent: the background would take no more (and say so only at the end).
    if (file.size > MAX_IMPORT_BYTES) return setState({ kind: 'too-large', fileName: file.name, limit: MAX_IMPORT_BYTES });
    const jobId = crypto.randomUUID();
    await withProgress('import', async () => {
      try {
        setState(await importFile(file, jobId));
      } catch {
        // Whatever went wrong on the page, the section never stays "running" (the pickers closed, Cancel dead).
        setState({ kind: 'failed', job: 'import', problem: 'other' });
      }
    });
  }

  /** Hands the file over and runs its import: how it ended. */
  async function importFile(file: File, jobId: string): Promise<ImportState> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    setState((s) => (s.kind === 'running' ? { ...s, phase: 'sending', done: 0, total: bytes.length } : s));
    const notTaken = await sendParts(jobId, bytes);
    if (cancelled.current) return { kind: 'cancelled' }; // a part refused after Cancel is the cancel's doing
    if (notTaken) return notTakenState(file.name, notTaken.code);
    // All of the file is over: the background reads it next (shown now, not only once its first push arrives).
    setState((s) => (s.kind === 'running' ? { ...s, phase: 'reading', done: 0, total: 0 } : s));
    const r = await client.send('import/run', { jobId, fileName: file.name, size: bytes.length });
    if (r.ok) return answerState(file.name, r.data);
    // No answer (a stopped worker's port closed, which the browser may report as an empty answer): the receipt tells
    // whether the whole import landed or none of it.
    if (r.error.code === 'unreachable') return { kind: 'interrupted', job: 'import', landed: await landedJob(jobId) };
    return runFailedState(r.error.code, cancelled.current);
  }

  /** Whether the job's receipt is in the journal (asked after its message got no answer: all of it landed, or none). */
  async function landedJob(jobId: string): Promise<boolean> {
    const landed = await client.send('import/landed', { jobId });
    return landed.ok && landed.data.landed;
  }

  async function onRestore(file: File) {
    if (!confirmRestore()) return;
    acted.current++;
    const jobId = crypto.randomUUID();
    await withProgress('restore', async () => {
      const r = await client.send('backup/restore', { json: await file.text(), jobId });
      if (r.ok) setState({ kind: 'restored', people: r.data.restored.people ?? 0, quarantined: r.data.quarantined });
      // No answer: the worker may have stopped after the restore committed; its receipt tells (not "unchanged" unasked).
      else if (r.error.code === 'unreachable') setState({ kind: 'interrupted', job: 'restore', landed: await landedJob(jobId) });
      else setState(cancelled.current ? { kind: 'cancelled' } : { kind: 'failed', job: 'restore', problem: jobProblemOf(r.error.code) });
    });
    refreshBackup();
  }

  async function onBackup() {
    acted.current++;
    const r = await client.send('backup/export', {});
    if (!r.ok) return setState({ kind: 'failed', job: 'backup', problem: jobProblemOf(r.error.code) });
    download(r.data.json, `handschlag-backup-${today()}.json`, 'application/json');
    setLastBackupAt(r.data.exportedAt);
  }

  async function onExport(format: 'csv' | 'vcard') {
    acted.current++;
    const r = await client.send('export/people', { format });
    if (!r.ok) return setState({ kind: 'failed', job: 'export', problem: jobProblemOf(r.error.code) });
    download(r.data.text, `handschlag-people-${today()}.${format === 'csv' ? 'csv' : 'vcf'}`, format === 'csv' ? 'text/csv' : 'text/vcard');
  }

  function onCancel() {
    cancelled.current = true;
    void client.send('import/cancel', {});
  }

  return { state, lastBackupAt, onImport, onRestore, onBackup, onExport, onCancel };
}
