import { useEffect, useRef, useState } from 'preact/hooks';
import { isoDay } from '../../utils/text/dates';
import type { ImportState } from '../../components/dashboard/import-state';
import { jobProblemOf } from '../../components/dashboard/job-problem-text';
import type { Client, Transport } from '../../utils/messaging/client';
import type { ResponseOf } from '../../utils/messaging/protocol';
import { PART_BYTES, ProgressPush } from '../../utils/messaging/import-protocol';
import { browser } from 'wxt/browser';

/**
 * The background pushes progress (ProgressPush) every 50 ms while a job runs; the page also asks this often, in
 * case a push is lost (asking is answered only between the worker's chunks of work).
 */
const POLL_MS = 500;

type Running = Extract<ImportState, { kind: 'running' }>;

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

/** The background no longer holds the file's parts (stopped meanwhile): nothing of the import is in the journal. */
const lostParts = (code: string | undefined) => code === 'unreachable' || code === 'upload-incomplete';

/**
 * The dashboard's import, restore and export: reads the chosen file, sends it to the background, polls progress,
 * and turns every ending into a visible state. A message that gets no answer (the worker was stopped) is followed by
 * asking whether the job's receipt is in the journal: the import landed whole, or none of it did.
 */
export function useImportExport(client: Client, transport: Transport, confirmRestore: () => boolean) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [lastBackupAt, setLastBackupAt] = useState<number | null>(null);
  const cancelled = useRef(false);

  const refreshBackup = () => void client.send('backup/status', {}).then((r) => r.ok && setLastBackupAt(r.data.lastBackupAt));
  useEffect(refreshBackup, []);

  async function withProgress<T>(job: 'import' | 'restore', run: () => Promise<T>): Promise<T> {
    cancelled.current = false;
    setState({ kind: 'running', job, phase: 'reading', done: 0, total: 0 });
    const show = (p: { job: string; phase: Running['phase']; done: number; total: number }) => {
      if (p.job === job && p.phase !== 'done') setState((s) => (s.kind === 'running' ? { kind: 'running', job, phase: p.phase, done: p.done, total: p.total } : s));
    };
    const timer = setInterval(() => void client.send('import/progress', {}).then((r) => r.ok && show(r.data)), POLL_MS);
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
    const jobId = crypto.randomUUID();
    await withProgress('import', async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setState((s) => (s.kind === 'running' ? { ...s, phase: 'sending', done: 0, total: bytes.length } : s));
      const notTaken = await sendParts(jobId, bytes);
      // A stopped worker loses the parts it held (a part then does not follow, or no answer comes): nothing was
      // imported, and the page says so as for any stop.
      if (notTaken) return setState(lostParts(notTaken.code) ? { kind: 'interrupted', job: 'import', landed: false } : { kind: 'failed', job: 'import', problem: jobProblemOf(notTaken.code) });
      if (cancelled.current) return setState({ kind: 'cancelled' });
      // All of the file is over: the background reads it next (shown now, not only once its first push arrives).
      setState((s) => (s.kind === 'running' ? { ...s, phase: 'reading', done: 0, total: 0 } : s));
      let answer: unknown;
      try {
        answer = await transport({ type: 'import/run', payload: { jobId, fileName: file.name, size: bytes.length } });
      } catch {
        setState({ kind: 'interrupted', job: 'import', landed: await landedJob(jobId) });
        return;
      }
      const r = answer as { ok: true; data: ResponseOf<'import/run'> } | { ok: false; error: { code?: string; message: string } };
      if (!r.ok) setState(cancelled.current ? { kind: 'cancelled' } : lostParts(r.error.code) ? { kind: 'interrupted', job: 'import', landed: false } : { kind: 'failed', job: 'import', problem: jobProblemOf(r.error.code) });
      else if (r.data.status === 'imported') setState({ kind: 'imported', fileName: file.name, ...r.data });
      else if (r.data.format === null) setState({ kind: 'unknown', fileName: file.name });
      else setState({ kind: 'refused', fileName: file.name, errors: r.data.errors, errorCount: r.data.errorCount });
    });
  }

  /** Whether the job's receipt is in the journal (asked after its message got no answer: all of it landed, or none). */
  async function landedJob(jobId: string): Promise<boolean> {
    const landed = await client.send('import/landed', { jobId });
    return landed.ok && landed.data.landed;
  }

  async function onRestore(file: File) {
    if (!confirmRestore()) return;
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
    const r = await client.send('backup/export', {});
    if (!r.ok) return setState({ kind: 'failed', job: 'backup', problem: jobProblemOf(r.error.code) });
    download(r.data.json, `handschlag-backup-${today()}.json`, 'application/json');
    setLastBackupAt(r.data.exportedAt);
  }

  async function onExport(format: 'csv' | 'vcard') {
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
