import { z } from 'zod';
import { KEPT_FORMAT, KEPT_MAX_AGE, keptEnvelope, keptFresh } from '../messaging/kept';
export { KEPT_MAX_AGE };

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

export interface KeptAnswers {
  /** Runs a write: kept answers are dropped before and after it, and none is kept while it runs. */
  writing<T>(write: () => Promise<T>): Promise<T>;
  /** The kept answer for this key, if still valid and of the expected shape; else computed now and kept. */
  answer<T>(key: string, schema: z.ZodType<T>, compute: () => Promise<T>): Promise<T>;
  /**
   * The same for a large answer (the people index): its body goes to `bodies`, and only a token naming it to the
   * store, so the body is trusted exactly as long as a small answer would be. `check` returns the body's value, or
   * undefined when it is not of the expected shape.
   */
  bulky<T>(key: string, check: (raw: unknown) => T | undefined, compute: () => Promise<T>): Promise<T>;
}

export interface KeptOptions {
  /** Where large answers' bodies go (an IndexedDB database of their own in the background). */
  bodies?: AnswerStore;
  /** A new token for a body (injected: tests give their own). */
  newToken?: () => string;
}

const Body = z.object({ token: z.string(), value: z.unknown() });

/**
 * Answers kept until the next write. Exact, not approximate: every write drops them before it starts, so a worker
 * stopped in the middle of a write leaves none behind, and an answer computed while a write ran is not kept.
 * `maxAge` bounds what depends on the clock alone (nothing written, time passed).
 */
export function keptAnswers(store: AnswerStore, now: () => number, maxAge: number, options: KeptOptions = {}): KeptAnswers {
  const bodies = options.bodies ?? NO_ANSWER_STORE;
  let tokens = 0;
  const newToken = options.newToken ?? (() => `${now()}-${++tokens}-${Math.random().toString(36).slice(2)}`);
  let generation = 0;
  let inFlight = 0;
  let trusted = true;
  // Whether anything may have been kept since the stores were last emptied: a burst of writes (a list read page by
  // page) then empties them once, not twice per write. True at start: an earlier life of the worker may have kept.
  let maybeKept = true;
  const drop = async () => {
    generation++;
    if (!maybeKept) return;
    maybeKept = false;
    // A failed drop must not stop the write (the journal matters more than a copy): the store is then not trusted
    // for the rest of this worker's life. (A later life could read the old copy; storage.session is in memory and
    // its clear() is not known to fail.) The tokens go first: a body without its token is never read, and bodies are
    // emptied too, so no copy of a deleted person's name outlives the write.
    await store.clear().catch(() => {
      trusted = false;
    });
    await bodies.clear().catch(() => undefined);
  };
  const fresh = (at: number, kept: number) => trusted && inFlight === 0 && keptFresh(at, kept, maxAge);
  const mayKeep = (started: number) => trusted && inFlight === 0 && started === generation;
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
      const envelope = keptEnvelope(await store.get(key).catch(() => undefined));
      const at = now();
      if (envelope && fresh(at, envelope.at)) {
        const kept = schema.safeParse(envelope.answer);
        if (kept.success) return kept.data;
      }
      const started = generation;
      const answer = await compute();
      if (mayKeep(started)) {
        maybeKept = true;
        await store.set(key, { format: KEPT_FORMAT, at, answer }).catch(() => undefined);
      }
      return answer;
    },
    async bulky(key, check, compute) {
      const tokenKey = `bulky:${key}`;
      const envelope = keptEnvelope(await store.get(tokenKey).catch(() => undefined));
      const at = now();
      if (envelope && typeof envelope.answer === 'string' && fresh(at, envelope.at)) {
        const body = Body.safeParse(await bodies.get(key).catch(() => undefined));
        const value = body.success && body.data.token === envelope.answer ? check(body.data.value) : undefined;
        if (value !== undefined) return value;
      }
      const started = generation;
      const answer = await compute();
      if (mayKeep(started)) {
        maybeKept = true;
        const token = newToken();
        // The body first: a token is never kept for a body that is not there (a worker stopped in between).
        const stored = await bodies.set(key, { token, value: answer }).then(() => true, () => false);
        if (stored && mayKeep(started)) await store.set(tokenKey, { format: KEPT_FORMAT, at, answer: token }).catch(() => undefined);
      }
      return answer;
    },
  };
}
