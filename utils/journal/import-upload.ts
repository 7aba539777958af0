// A file to import handed over in parts (`import/part`, then `import/run` with the last): the page shows its progress
// while the parts go over, and no single message has to carry a file of several megabytes. The parts live in the
// worker's memory only; one file at a time (a part of another job starts over).
import { HandlerError } from '../messaging/handler-error';
import { MAX_IMPORT_BYTES } from '../messaging/import-protocol';

/** base64 to bytes without a data-URL round trip (Uint8Array.fromBase64 is not in every supported browser yet). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The parts of the file being handed over. */
export class Upload {
  private jobId = '';
  private parts: Uint8Array[] = [];
  private bytes = 0;

  /** Keeps a part of this job's file (dropping the parts of any other job); the bytes held for the job. */
  add(jobId: string, base64: string): number {
    if (jobId !== this.jobId) this.drop(jobId);
    const part = fromBase64(base64);
    if (this.bytes + part.length > MAX_IMPORT_BYTES) {
      this.drop('');
      throw new HandlerError('handler-failed', 'the file is too large to import');
    }
    this.parts.push(part);
    this.bytes += part.length;
    return this.bytes;
  }

  /** The whole file of this job: the parts held for it, then `last`; the parts are let go. */
  take(jobId: string, last: string): Uint8Array {
    const parts = jobId === this.jobId ? this.parts : [];
    this.drop('');
    const tail = fromBase64(last);
    if (parts.length === 0) return tail;
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, tail.length));
    let at = 0;
    for (const p of [...parts, tail]) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  private drop(jobId: string): void {
    this.jobId = jobId;
    this.parts = [];
    this.bytes = 0;
  }
}
