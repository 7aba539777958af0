// A file to import handed over in parts (`import/part`, each with its offset, then `import/run` naming the file's
// length): the page shows its progress while the parts go over, no single message has to carry a file of several
// megabytes, and the run carries no bytes, so the background reports "reading" before it joins and decodes them.
// The parts live in the worker's memory only (a stopped worker loses them, and the run is then refused); one file
// at a time: a part at 0 of another job is refused while the parts of one still come in (two dashboard tabs), and
// takes over once they stopped coming (a tab closed while it sent).
import { HandlerError } from '../messaging/handler-error';
import { MAX_IMPORT_BYTES } from '../messaging/import-protocol';

/** base64 to bytes without a data-URL round trip (Uint8Array.fromBase64 is not in every supported browser yet). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * How long after its last part another job's file still counts as coming in. The page sends the parts back to
 * back (milliseconds apart), so a longer pause means that its tab was closed or its worker stopped.
 */
export const UPLOAD_IDLE_MS = 15_000;

/** The parts of the file being handed over. */
export class Upload {
  private jobId = '';
  private parts: Uint8Array[] = [];
  private bytes = 0;
  private lastAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Keeps a part of this job's file: a part at 0 starts the job (dropping the parts of another job whose parts
   * stopped coming; refused while they still come), any other must follow the bytes held for the same job. The
   * bytes held for the job.
   */
  add(jobId: string, at: number, base64: string): number {
    const now = this.now();
    if (at === 0) {
      if (this.bytes > 0 && jobId !== this.jobId && now - this.lastAt < UPLOAD_IDLE_MS) {
        throw new HandlerError('job-running', 'another file is being handed over for import');
      }
      this.drop(jobId);
    } else if (jobId !== this.jobId || at !== this.bytes) {
      throw new HandlerError('upload-incomplete', `a part of the file came out of order (byte ${at}, ${jobId === this.jobId ? this.bytes : 0} held): please import it again`);
    }
    const part = fromBase64(base64);
    if (this.bytes + part.length > MAX_IMPORT_BYTES) {
      this.drop('');
      throw new HandlerError('file-too-large', 'the file is too large to import');
    }
    this.lastAt = now;
    this.parts.push(part);
    this.bytes += part.length;
    return this.bytes;
  }

  /** Why this job's file of `size` bytes is not all here (a part lost, a worker stopped meanwhile), or null. */
  missing(jobId: string, size: number): string | null {
    const held = jobId === this.jobId ? this.bytes : 0;
    return held === size ? null : `the file did not arrive whole (${held} of ${size} bytes): nothing was imported, please import it again`;
  }

  /** The whole file of this job (see missing: it must be all here); the parts are let go. */
  take(jobId: string, size: number): Uint8Array {
    const why = this.missing(jobId, size);
    if (why) throw new HandlerError('upload-incomplete', why);
    const parts = size === 0 ? [] : this.parts;
    this.drop('');
    if (parts.length === 1) return parts[0]!;
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  /** Lets go of every part held. */
  clear(): void {
    this.drop('');
  }

  private drop(jobId: string): void {
    this.jobId = jobId;
    this.parts = [];
    this.bytes = 0;
  }
}
