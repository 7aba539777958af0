import { PART_BYTES } from '../../../utils/messaging/import-protocol';
import type { importHandlers } from '../../../utils/journal/import-handlers';
import type { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';

type ImportHandlers = ReturnType<typeof importHandlers>;

/** A file as the dashboard hands it over: `import/part` payloads of PART_BYTES each, with their offsets. */
export function partsOf(jobId: string, bytes: Uint8Array, size = PART_BYTES): { jobId: string; at: number; base64: string }[] {
  const out = [];
  for (let at = 0; at < bytes.length; at += size) out.push({ jobId, at, base64: Buffer.from(bytes.subarray(at, at + size)).toString('base64') });
  return out;
}

/** Every part of the file, then `import/run` naming its size, straight to the handlers (no router); the run's answer. */
export async function sendFile(handlers: ImportHandlers, jobId: string, fileName: string, bytes: Uint8Array) {
  for (const part of partsOf(jobId, bytes)) await handlers['import/part'](part, {} as never);
  return handlers['import/run']({ jobId, fileName, size: bytes.length }, {} as never);
}

/** The same through the router, as a sender: the run's answer (a refused part ends it early with that answer). */
export async function routeFile(handle: ReturnType<typeof createRouter>, sender: SenderInfo, jobId: string, fileName: string, bytes: Uint8Array) {
  for (const part of partsOf(jobId, bytes)) {
    const r = await handle({ type: 'import/part', payload: part }, sender);
    if (!r.ok) return r;
  }
  return handle({ type: 'import/run', payload: { jobId, fileName, size: bytes.length } }, sender);
}
