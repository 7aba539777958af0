import { z } from 'zod';

/**
 * Where answers computed from the journal are kept between the worker's lives (the background gives
 * `storage.session`: in memory, gone when the browser or the extension restarts). A kept answer is a copy of what
 * the journal said; the journal in IndexedDB stays the only truth.
 */
export interface AnswerStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  clear(): Promise<void>;
}

export const NO_ANSWER_STORE: AnswerStore = { get: async () => undefined, set: async () => undefined, clear: async () => undefined };

/**
 * How long a kept answer is trusted when nothing was written: the answers kept (the popup's list, the toolbar count)
 * take the clock only for undated requests.
 */
export const KEPT_MAX_AGE = 3_600_000;

/** Bumped when the shape of a kept answer changes: an older one is then computed again, never read. */
const FORMAT = 1;
const Envelope = z.object({ format: z.literal(FORMAT), at: z.number(), answer: z.unknown() });

export interface KeptAnswers {
  /** Runs a write: kept answers are dropped before and after it, and none is kept while it runs. */
  writing<T>(write: () => Promise<T>): Promise<T>;
  /** The kept answer for this key, if still valid and of the expected shape; else computed now and kept. */
  answer<T>(key: string, schema: z.ZodType<T>, compute: () => Promise<T>): Promise<T>;
}

/**
 * Answers kept until the next write. Exact, not approximate: every write drops them before it starts, so a worker
 * stopped in the middle of a write leaves none behind, and an answer computed while a write ran is not kept.
 * `maxAge` bounds what depends on the clock alone (nothing written, time passed).
 */
export function keptAnswers(store: AnswerStore, now: () => number, maxAge: number): KeptAnswers {
  let generation = 0;
  let inFlight = 0;
  let trusted = true;
  const drop = async () => {
    generation++;
    // A failed drop must not stop the write (the journal matters more than a copy): the store is then not trusted
    // for the rest of this worker's life. (A later life could read the old copy; storage.session is in memory and
    // its clear() is not known to fail.)
    await store.clear().catch(() => {
      trusted = false;
    });
  };
  return {
    async writing(write) {
      inFlight++;
      try {
        await drop();
        return await write();
      } finally {
        inFlight--;
        // An answer read while the write ran may have been kept by then: it is dropped with the rest.
        await drop();
      }
    },
    async answer(key, schema, compute) {
      const raw = await store.get(key).catch(() => undefined);
      const envelope = Envelope.safeParse(raw);
      const at = now();
      if (trusted && inFlight === 0 && envelope.success && at - envelope.data.at >= 0 && at - envelope.data.at <= maxAge) {
        const kept = schema.safeParse(envelope.data.answer);
        if (kept.success) return kept.data;
      }
      const started = generation;
      const fresh = await compute();
      if (trusted && inFlight === 0 && started === generation) await store.set(key, { format: FORMAT, at, answer: fresh }).catch(() => undefined);
      return fresh;
    },
  };
}
