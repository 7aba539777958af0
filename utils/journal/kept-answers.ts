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
  /**
   * The kept answer for this key, if still valid and of the expected shape; else computed now and kept. `lasting`:
   * the answer depends on the journal alone, not on the clock (the popup's list, the toolbar count: every request in
   * the journal is dated), so it is also kept like a bulky answer below, read back after a browser restart whatever
   * its age, and copied to the small answers' store then (where the popup reads it without asking the worker).
   */
  answer<T>(key: string, schema: z.ZodType<T>, compute: () => Promise<T>, options?: { lasting?: boolean }): Promise<T>;
  /** A lasting answer as kept (copied to the small answers' store when read from the lasting one), or undefined. */
  reread<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined>;
  /**
   * The same for a large answer that does not depend on the clock (the people index, the scorer's history): its body
   * goes to `bodies`, and only a token naming it to the `lasting` store, so the body is trusted until the next write,
   * across the worker's lives and browser restarts. `check` returns the body's value, or undefined when it is not of
   * the expected shape.
   */
  bulky<T>(key: string, check: (raw: unknown) => T | undefined, compute: () => Promise<T>): Promise<T>;
  /** Whether a bulky answer is kept and trusted now (its token only: the body is not read). */
  holdsBulky(key: string): Promise<boolean>;
  /** A bulky answer as kept, or undefined when none is trusted. */
  readBulky<T>(key: string, check: (raw: unknown) => T | undefined): Promise<T | undefined>;
  /**
   * Keeps a bulky value derived from the journal as it was at `since()`: nothing is kept if a write came after (or
   * runs). True when kept.
   */
  keepBulky(key: string, value: unknown, since: number): Promise<boolean>;
  /** Counts the writes begun: a value derived after this read and kept with it is dropped by any later write. */
  since(): number;
}

export interface KeptOptions {
  /** Where large answers' bodies go (an IndexedDB database of their own in the background). */
  bodies?: AnswerStore;
  /**
   * Where the tokens of large answers go (in the background a store beside the bodies': they outlive a browser
   * restart, and so does what they name). The small answers' store when absent.
   */
  lasting?: AnswerStore;
  /**
   * The code that keeps (the extension's version and the journal's schema): a token kept by another build names a body
   * of a shape this code may not read, and is not trusted.
   */
  build?: string;
  /** A new token for a body (injected: tests give their own). */
  newToken?: () => string;
}

const Body = z.object({ token: z.string(), value: z.unknown() });

/** The token under which a body was kept by this build, if `raw` is one. */
function tokenOf(raw: unknown, build: string): string | undefined {
  const envelope = keptEnvelope(raw);
  const kept = raw as { build?: unknown } | undefined;
  return envelope && typeof envelope.answer === 'string' && kept?.build === build ? envelope.answer : undefined;
}

/**
 * Answers kept until the next write. Exact, not approximate: every write drops them before it starts, so a worker
 * stopped in the middle of a write leaves none behind, and an answer computed while a write ran is not kept.
 * `maxAge` bounds what depends on the clock alone (nothing written, time passed).
 */
export function keptAnswers(store: AnswerStore, now: () => number, maxAge: number, options: KeptOptions = {}): KeptAnswers {
  const bodies = options.bodies ?? NO_ANSWER_STORE;
  const lasting = options.lasting ?? store;
  const build = options.build ?? '';
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
    // A failed drop must not stop the write (the journal matters more than a copy): the stores are then not trusted
    // for the rest of this worker's life. The tokens go first: a body without its token is never read, and bodies are
    // emptied too, so no copy of a deleted person's name outlives the write. (A later life could read an old body
    // only if its token's store and the bodies' store both failed to empty: neither is known to fail.)
    const distrust = () => {
      trusted = false;
    };
    await store.clear().catch(distrust);
    if (lasting !== store) await lasting.clear().catch(distrust);
    await bodies.clear().catch(() => undefined);
  };
  const fresh = (at: number, kept: number) => trusted && inFlight === 0 && keptFresh(at, kept, maxAge);
  const mayKeep = (started: number) => trusted && inFlight === 0 && started === generation;
  const trustedToken = async (key: string): Promise<string | undefined> => {
    // Not by age: a bulky answer does not depend on the clock, only on the journal (every write drops it).
    const token = tokenOf(await lasting.get(`bulky:${key}`).catch(() => undefined), build);
    return token === undefined || !trusted || inFlight > 0 ? undefined : token;
  };
  const readBulky = async <T>(key: string, check: (raw: unknown) => T | undefined): Promise<T | undefined> => {
    const token = await trustedToken(key);
    if (token === undefined) return undefined;
    const body = Body.safeParse(await bodies.get(key).catch(() => undefined));
    return body.success && body.data.token === token ? check(body.data.value) : undefined;
  };
  const keepBulky = async (key: string, value: unknown, since: number): Promise<boolean> => {
    if (!mayKeep(since)) return false;
    maybeKept = true;
    const token = newToken();
    // The body first: a token is never kept for a body that is not there (a worker stopped in between).
    const stored = await bodies.set(key, { token, value }).then(() => true, () => false);
    if (!stored || !mayKeep(since)) return false;
    return lasting.set(`bulky:${key}`, { format: KEPT_FORMAT, at: now(), answer: token, build }).then(() => true, () => false);
  };
  const keepSmall = async (key: string, answer: unknown, at: number, started: number) => {
    if (!mayKeep(started)) return;
    maybeKept = true;
    await store.set(key, { format: KEPT_FORMAT, at, answer }).catch(() => undefined);
  };
  /** The answer kept in the small answers' store, else (`lastingToo`) the lasting one, copied there. */
  const keptValue = async <T>(key: string, schema: z.ZodType<T>, lastingToo: boolean): Promise<T | undefined> => {
    const envelope = keptEnvelope(await store.get(key).catch(() => undefined));
    const at = now();
    if (envelope && fresh(at, envelope.at)) {
      const kept = schema.safeParse(envelope.answer);
      if (kept.success) return kept.data;
    }
    if (!lastingToo) return undefined;
    const started = generation;
    const held = await readBulky(key, (raw) => {
      const parsed = schema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    });
    if (held !== undefined) await keepSmall(key, held, at, started);
    return held;
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
    async answer(key, schema, compute, options = {}) {
      const found = await keptValue(key, schema, options.lasting === true);
      if (found !== undefined) return found;
      const at = now();
      const started = generation;
      const answer = await compute();
      await keepSmall(key, answer, at, started);
      if (options.lasting) await keepBulky(key, answer, started);
      return answer;
    },
    reread: (key, schema) => keptValue(key, schema, true),
    async bulky(key, check, compute) {
      const value = await readBulky(key, check);
      if (value !== undefined) return value;
      const started = generation;
      const answer = await compute();
      await keepBulky(key, answer, started);
      return answer;
    },
    holdsBulky: async (key) => (await trustedToken(key)) !== undefined,
    readBulky,
    keepBulky,
    since() {
      return generation;
    },
  };
}
