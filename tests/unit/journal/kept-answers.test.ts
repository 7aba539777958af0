import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHandlers } from '../../../utils/journal/handlers';
import { keptAnswers, type AnswerStore } from '../../../utils/journal/kept-answers';
import { createRouter } from '../../../utils/messaging/router';
import { testDeps } from '../helpers/journal';

/** storage.session as the background sees it: a map that outlives the worker (here: the handlers). */
function memoryStore(failClear = false): AnswerStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    clear: async () => {
      if (failClear) throw new Error('clear failed');
      data.clear();
    },
  };
}

const Answer = z.object({ n: z.number() });
const HOUR = 3_600_000;

describe('keptAnswers', () => {
  it('keeps an answer until a write, and computes it again after', async () => {
    const store = memoryStore();
    const kept = keptAnswers(store, () => 1000, HOUR);
    let n = 0;
    const ask = () => kept.answer('k', Answer, async () => ({ n: ++n }));
    expect(await ask()).toEqual({ n: 1 });
    expect(await ask()).toEqual({ n: 1 });
    // A new worker life over the same store finds it.
    expect(await keptAnswers(store, () => 2000, HOUR).answer('k', Answer, async () => ({ n: 99 }))).toEqual({ n: 1 });
    await kept.writing(async () => undefined);
    expect(store.data.size).toBe(0);
    expect(await ask()).toEqual({ n: 2 });
  });

  it('keeps nothing computed while a write runs, nor what was started before it', async () => {
    const store = memoryStore();
    const kept = keptAnswers(store, () => 1000, HOUR);
    let release!: () => void;
    const write = kept.writing(() => new Promise<void>((resolve) => (release = resolve)));
    await Promise.resolve();
    expect(await kept.answer('during', Answer, async () => ({ n: 1 }))).toEqual({ n: 1 });
    let finishCompute!: (value: { n: number }) => void;
    const slow = kept.answer('slow', Answer, () => new Promise((resolve) => (finishCompute = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(finishCompute).toBeTypeOf('function'); // its computing started while the write ran
    release();
    await write;
    finishCompute({ n: 2 });
    await slow;
    expect([...store.data.keys()]).toEqual([]);
    // Computed after the write: kept.
    await kept.answer('after', Answer, async () => ({ n: 3 }));
    expect([...store.data.keys()]).toEqual(['after']);
  });

  it('computes again when the kept answer is too old, of another format or shape, or dated in the future', async () => {
    const store = memoryStore();
    let clock = 10 * HOUR;
    const kept = keptAnswers(store, () => clock, HOUR);
    let n = 0;
    const ask = () => kept.answer('k', Answer, async () => ({ n: ++n }));
    await ask();
    clock += HOUR + 1;
    expect(await ask()).toEqual({ n: 2 });
    for (const bad of [{ format: 0, at: clock, answer: { n: 500 } }, { format: 1, at: clock, answer: { n: 'five' } }, { format: 1, at: clock + 1, answer: { n: 500 } }, 'junk']) {
      store.data.set('k', bad);
      expect(await ask()).not.toEqual({ n: 500 });
    }
  });

  it('trusts the store no longer when it cannot be emptied, and still lets the write run', async () => {
    const store = memoryStore(true);
    const kept = keptAnswers(store, () => 1000, HOUR);
    await kept.answer('k', Answer, async () => ({ n: 1 }));
    expect(await kept.writing(async () => 'written')).toBe('written');
    expect(await kept.answer('k', Answer, async () => ({ n: 2 }))).toEqual({ n: 2 });
  });
});

describe('keptAnswers: bulky answers', () => {
  const check = (raw: unknown) => (Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? (raw as string[]) : undefined);
  const setup = () => {
    const store = memoryStore();
    const bodies = memoryStore();
    let tokens = 0;
    const life = (at = 1000) => keptAnswers(store, () => at, HOUR, { bodies, newToken: () => `t${++tokens}` });
    return { store, bodies, life };
  };

  it('keeps the body beside the token, and a later life reads it until a write empties both', async () => {
    const { store, bodies, life } = setup();
    const kept = life();
    let n = 0;
    const ask = (k = kept) => k.bulky('index', check, async () => [`v${++n}`]);
    expect(await ask()).toEqual(['v1']);
    expect(store.data.get('bulky:index')).toMatchObject({ answer: 't1' });
    expect(bodies.data.get('index')).toEqual({ token: 't1', value: ['v1'] });
    expect(await ask(life(2000))).toEqual(['v1']);
    await kept.writing(async () => undefined);
    expect(store.data.size).toBe(0);
    expect(bodies.data.size).toBe(0); // no copy of the journal's text outlives a write
    expect(await ask()).toEqual(['v2']);
  });

  it('trusts no body without its token, of another token, or of the wrong shape', async () => {
    const { store, bodies, life } = setup();
    let n = 0;
    const ask = () => life().bulky('index', check, async () => [`v${++n}`]);
    await ask();
    store.data.delete('bulky:index'); // a browser restart empties storage.session; the body stays behind
    expect(await ask()).toEqual(['v2']);
    bodies.data.set('index', { token: 'other', value: ['stale'] });
    expect(await ask()).not.toEqual(['stale']);
    const token = (store.data.get('bulky:index') as { answer: string }).answer;
    bodies.data.set('index', { token, value: [1, 2] });
    expect(await ask()).toEqual([`v${n}`]);
    expect(n).toBe(4);
  });

  it('keeps its token in the lasting store when there is one: the body outlives a browser restart, not a write', async () => {
    const session = memoryStore();
    const lasting = memoryStore();
    const bodies = memoryStore();
    const life = () => keptAnswers(session, () => 1000, HOUR, { bodies, lasting, build: 'v1' });
    let n = 0;
    const ask = (kept = life()) => kept.bulky('index', check, async () => [`v${++n}`]);
    expect(await ask()).toEqual(['v1']);
    expect(session.data.size).toBe(0);
    expect([...lasting.data.keys()]).toEqual(['bulky:index']);
    session.data.clear(); // a browser restart
    expect(await ask()).toEqual(['v1']);
    // Kept by another build of the code: not read.
    expect(await keptAnswers(session, () => 1000, HOUR, { bodies, lasting, build: 'v2' }).bulky('index', check, async () => ['other'])).toEqual(['other']);
    const kept = life();
    await kept.writing(async () => undefined);
    expect(lasting.data.size + bodies.data.size).toBe(0);
    expect(await ask(kept)).toEqual(['v2']);
  });

  it('keeps a lasting answer beside the small one: read back after a restart whatever its age, until a write', async () => {
    const session = memoryStore();
    const lasting = memoryStore();
    const bodies = memoryStore();
    let clock = 10 * HOUR;
    const life = (build = 'v1') => keptAnswers(session, () => clock, HOUR, { bodies, lasting, build });
    let n = 0;
    const ask = (kept = life()) => kept.answer('popup', Answer, async () => ({ n: ++n }), { lasting: true });
    expect(await life().reread('popup', Answer)).toBeUndefined(); // nothing kept: nothing computed either
    expect(await ask()).toEqual({ n: 1 });
    expect(session.data.get('popup')).toMatchObject({ at: clock, answer: { n: 1 } });
    // A browser restart the next day: storage.session is empty, the answer is read back and copied there again.
    session.data.clear();
    clock += 20 * HOUR;
    expect(await ask()).toEqual({ n: 1 });
    expect(session.data.get('popup')).toMatchObject({ at: clock, answer: { n: 1 } });
    session.data.clear();
    expect(await life().reread('popup', Answer)).toEqual({ n: 1 }); // as the worker starts, before anyone asks
    expect(session.data.get('popup')).toMatchObject({ answer: { n: 1 } });
    // Kept by another build, or of the wrong shape: computed again.
    session.data.clear();
    expect(await ask(life('v2'))).toEqual({ n: 2 });
    session.data.clear();
    bodies.data.set('popup', { ...(bodies.data.get('popup') as object), value: { n: 'two' } });
    expect(await ask(life('v2'))).toEqual({ n: 3 });
    const kept = life();
    await kept.writing(async () => undefined);
    expect(session.data.size + lasting.data.size + bodies.data.size).toBe(0);
    expect(await ask(kept)).toEqual({ n: 4 });
  });

  it('keeps no bulky answer computed while a write runs', async () => {
    const { store, bodies, life } = setup();
    const kept = life();
    let release!: () => void;
    const write = kept.writing(() => new Promise<void>((resolve) => (release = resolve)));
    await Promise.resolve();
    await kept.bulky('index', check, async () => ['during']);
    release();
    await write;
    expect(store.data.size + bodies.data.size).toBe(0);
  });

  it('empties the stores once for a burst of writes, not before and after each', async () => {
    let clears = 0;
    const store = memoryStore();
    const counted: AnswerStore = { ...store, clear: async () => void (clears++, await store.clear()) };
    const kept = keptAnswers(counted, () => 1000, HOUR);
    for (let i = 0; i < 5; i++) await kept.writing(async () => undefined);
    expect(clears).toBe(1); // once at start: an earlier life may have kept something
    await kept.answer('k', Answer, async () => ({ n: 1 }));
    await kept.writing(async () => undefined);
    expect(clears).toBe(2);
    expect(store.data.size).toBe(0);
  });
});

describe('requests/pending kept between the worker lives', () => {
  const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
  const POPUP = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
  const URL = 'https://www.xing.com/contacts/requests';

  it('answers a new worker from the kept copy, and a write makes the next answer fresh', async () => {
    const t = await testDeps();
    const store = memoryStore();
    const life = () => createRouter(createHandlers(t.deps, undefined, undefined, { session: store }), SELF);
    const capture = (handle: ReturnType<typeof life>, key: string) =>
      handle({ type: 'capture/requests', payload: { platform: 'xing', url: URL, direction: 'received', requests: [{ key, name: key.replace('_', ' '), note: '' }] } }, { id: 'ext', url: URL, tab: { id: 2 }, frameId: 0 });
    const pending = async (handle: ReturnType<typeof life>) => {
      const res = await handle({ type: 'requests/pending', payload: {} }, POPUP);
      if (!res.ok) throw new Error(res.error.message);
      return res.data as { total: number; items: { request: { key: string } }[] };
    };
    const first = life();
    await capture(first, 'Anna_Berg');
    const answer = await pending(first);
    expect(answer.total).toBe(1);
    expect(store.data.size).toBe(1);

    // The journal changes behind the kept copy's back only through the worker: this edit is what a new life would
    // not see if it read the journal, so finding it proves the answer came from the kept copy.
    const key = [...store.data.keys()][0]!;
    const envelope = store.data.get(key) as { answer: { total: number } };
    store.data.set(key, { ...envelope, answer: { ...envelope.answer, total: 7 } });
    const second = life();
    expect((await pending(second)).total).toBe(7);

    await capture(second, 'Ben_Ott');
    const fresh = await pending(second);
    expect(fresh.total).toBe(2);
    expect(fresh.items.map((i) => i.request.key).sort()).toEqual(['Anna_Berg', 'Ben_Ott']);
  });
});

describe('the toolbar count after a worker start', () => {
  const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
  const URL = 'https://www.xing.com/contacts/requests';
  const TEMPLATE = (name: string) => `Hi ${name}, I came across your profile and would love to expand my network with like-minded professionals. Let's connect!`;
  // The settle delay is 1.5 s; then the count and the popup's answer are computed.
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it('is counted once after writes settle, and a new worker or a browser restart shows the kept count and popup answer without scoring again', async () => {
    const t = await testDeps();
    const session = memoryStore();
    const order: string[] = [];
    const logged = (store: ReturnType<typeof memoryStore>, name: string): typeof store => ({ ...store, set: async (key, value) => void (order.push(`${name} ${key}`), await store.set(key, value)) });
    const lasting = memoryStore();
    const bodies = memoryStore();
    const stores = { session: logged(session, 'session'), lasting: logged(lasting, 'lasting'), bodies, keepHistoryAfterMs: 0 };
    const shown: number[] = [];
    const tabs = { loadReader: async () => undefined, showFlagged: async (n: number) => void shown.push(n) };
    const handle = createRouter(createHandlers(t.deps, tabs, undefined, stores), SELF);
    await handle(
      { type: 'capture/requests', payload: { platform: 'xing', url: URL, direction: 'received', requests: ['Anna_Berg', 'Ben_Ott', 'Cem_Aydin'].map((key) => ({ key, name: key, note: TEMPLATE('Jana') })) } },
      { id: 'ext', url: URL, tab: { id: 2 }, frameId: 0 },
    );
    // Prepared with them: the scorer's history, the people index and the dashboard's first page (their bodies beside
    // the journal, their tokens in the lasting store), the popup's answer and the count in both stores.
    await until(() => lasting.data.size === 5);
    expect(shown.at(-1)).toBeGreaterThan(0);
    // The popup's answer first (a popup may be opening), the count (every pending request scored) after it, the
    // history last (its put holds the worker).
    expect(order).toEqual([
      'session requests/popup:200',
      'lasting bulky:requests/popup:200',
      'session flagged-count',
      'lasting bulky:flagged-count',
      'lasting bulky:people-index',
      'lasting bulky:people/list:100',
      'lasting bulky:scoring-history/1',
    ]);
    expect([...session.data.keys()].sort()).toEqual(['flagged-count', 'requests/popup:200']);
    expect([...bodies.data.keys()].sort()).toEqual(['flagged-count', 'people-index', 'people/list:100', 'requests/popup:200', 'scoring-history/1']);

    // The journal's requests are gone from the next lives' view (a scorer run would count 0, and list none): what they
    // show comes from the kept copies.
    await t.deps.db.clear('requests');
    const popup = async (h: ReturnType<typeof createRouter>) => {
      const res = await h({ type: 'requests/popup', payload: {} }, { id: 'ext', url: 'chrome-extension://ext/popup.html' });
      if (!res.ok) throw new Error(res.error.message);
      return (res.data as { total: number }).total;
    };
    for (const restart of [false, true]) {
      // A browser restart empties storage.session; the lasting store and the bodies stay.
      if (restart) session.data.clear();
      order.length = 0;
      const later: number[] = [];
      const life = createHandlers(t.deps, { ...tabs, showFlagged: async (n: number) => void later.push(n) }, undefined, stores);
      await until(() => later.length > 0);
      expect(later[0]).toBe(shown.at(-1));
      // Nothing kept again: after a restart only the copies into storage.session, where the popup reads its answer.
      expect(order).toEqual(restart ? ['session requests/popup:200', 'session flagged-count'] : []);
      expect(await popup(createRouter(life, SELF))).toBe(3);
    }
  }, 20_000);
});
