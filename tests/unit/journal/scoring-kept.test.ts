import { describe, expect, it } from 'vitest';
import { recordProfile } from '../../../utils/journal/profiles';
import { recordRequestList } from '../../../utils/journal/requests';
import { setVerdict } from '../../../utils/journal/verdicts';
import { keptAnswers, type AnswerStore } from '../../../utils/journal/kept-answers';
import { HISTORY_KEY, keptScoringHistory, scoringFromKeptForm } from '../../../utils/journal/scoring-kept';
import { loadScoringContext } from '../../../utils/journal/scoring-load';
import type { ScoringContext } from '../../../utils/journal/scoring-state';
import type { Deps } from '../../../utils/journal/profiles';
import { scoreRequest } from '../../../utils/scoring/score';
import { committedTextModel } from '../../../utils/scoring/text-model/committed';
import { testDeps } from '../helpers/journal';

// The scorer's history is kept between the worker's lives and browser restarts as a structured clone (IndexedDB
// stores it so): read back, it must score every request exactly as the history built from the journal.

const HOUR = 3_600_000;
const TEMPLATE = (name: string) => `Hi ${name}, I came across your profile and would love to expand my network with like-minded professionals!`;

function memoryStore(): AnswerStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    clear: async () => data.clear(),
  };
}

/** A journal with template notes, a genuine one, an empty one, a profile with contact counts and a verdict. */
async function journal() {
  const t = await testDeps();
  const keys = ['Anna_Berg', 'Ben_Ott', 'Cem_Aydin', 'Dora_Lutz', 'Emil_Roth'];
  await recordProfile(t.deps, { platform: 'xing', key: 'Ben_Ott', url: 'https://www.xing.com/profile/Ben_Ott', facts: { name: 'Ben Ott', headline: 'Sales', contacts: { count: 480, atLeast: false } } });
  await recordRequestList(t.deps, {
    platform: 'xing',
    direction: 'received',
    requests: keys.map((key, i) => ({ key, name: key.replace('_', ' '), note: i === 3 ? 'Great talk about supplier audits at the fair in Cologne yesterday.' : i === 4 ? '' : TEMPLATE('Jana') })),
  });
  t.advance(86_400_000);
  const context = await loadScoringContext(t.deps);
  await setVerdict(t.deps, { requestId: [...context.inputs.keys()].sort()[0]!, verdict: 'collector' });
  return t;
}

const everyScore = (context: ScoringContext, now: number) =>
  [...context.inputs.values()].map((input) => [input.id, scoreRequest(input, context.state, undefined, { now, textModel: committedTextModel() })] as const);

describe('scoringFromKeptForm', () => {
  it('takes a history read back from a structured clone, and it scores every request as the built one', async () => {
    const t = await journal();
    const built = await loadScoringContext(t.deps);
    const back = scoringFromKeptForm(structuredClone(built));
    expect(back).toBeDefined();
    expect(back!.state.verdicts.size).toBe(1);
    expect(everyScore(back!, t.deps.now())).toEqual(everyScore(built, t.deps.now()));
  });

  it.each<[string, (raw: { state: Record<string, unknown>; inputs: Map<string, unknown> }) => void]>([
    ['inputs not a Map', (raw) => void ((raw as { inputs: unknown }).inputs = [...raw.inputs])],
    ['a Map turned plain object', (raw) => void (raw.state.bySender = {})],
    ['met not a Set', (raw) => void (raw.state.met = [])],
    ['the LSH index of another size', (raw) => void (raw.state.lsh = (raw.state.lsh as unknown[]).slice(1))],
    ['a note missing', (raw) => void (raw.state.notes as unknown[]).pop()],
    ['an input missing', (raw) => void raw.inputs.delete([...raw.inputs.keys()][0]!)],
    ['a note naming a group that is not there', (raw) => void ((raw.state.notes as { group?: number }[])[0]!.group = 999)],
    ['shingles as a plain array', (raw) => void ((raw.state.groups as { shingles: unknown }[])[0]!.shingles = [1, 2])],
    ['a group member past the notes', (raw) => void (raw.state.groups as { members: number[] }[])[0]!.members.push(999)],
    ['a version that is not a count', (raw) => void (raw.state.version = -1)],
  ])('refuses a history with %s', async (_name, damage) => {
    const t = await journal();
    const raw = structuredClone(await loadScoringContext(t.deps)) as unknown as { state: Record<string, unknown>; inputs: Map<string, unknown> };
    damage(raw);
    expect(scoringFromKeptForm(raw)).toBeUndefined();
  });

  it.each([null, undefined, 'history', 7, {}, { state: {}, inputs: new Map() }])('refuses %s', (raw) => {
    expect(scoringFromKeptForm(raw)).toBeUndefined();
  });
});

describe('keptScoringHistory', () => {
  const setup = async () => {
    const t = await journal();
    const session = memoryStore();
    const lasting = memoryStore();
    const bodies = memoryStore();
    const life = (deps: Deps = t.deps) => {
      const kept = keptAnswers(session, deps.now, HOUR, { bodies, lasting, build: 'b1' });
      return { kept, ...keptScoringHistory(deps, kept, 0) };
    };
    return { t, session, lasting, bodies, life };
  };
  /** A journal the next life must not read: any transaction fails the test. */
  const unreadable = (deps: Deps): Deps => ({
    ...deps,
    db: new Proxy(deps.db, {
      get: (target, prop) => (prop === 'transaction' || prop === 'getAll' ? () => expect.fail('the journal was read') : Reflect.get(target, prop)),
    }),
  });

  it('keeps the history once, and a life after a browser restart reads it instead of the journal', async () => {
    const { t, session, lasting, bodies, life } = await setup();
    const first = life();
    const built = await first.scoring.get();
    await first.keep();
    expect([...bodies.data.keys()]).toEqual([HISTORY_KEY]);
    expect(lasting.data.get(`bulky:${HISTORY_KEY}`)).toMatchObject({ build: 'b1' });
    const token = bodies.data.get(HISTORY_KEY);
    await first.keep(); // nothing written since: not kept again
    expect(bodies.data.get(HISTORY_KEY)).toBe(token);

    session.data.clear(); // a browser restart empties storage.session; storage.local and IndexedDB stay
    const second = life(unreadable(t.deps));
    const read = await second.scoring.get();
    expect(everyScore(read, t.deps.now())).toEqual(everyScore(built, t.deps.now()));
    await second.keep(); // the one read back is not kept again
    expect(bodies.data.get(HISTORY_KEY)).toBe(token);
    // A life that had no need of it (the popup's answer and the count were kept too): neither read nor kept again.
    const get = bodies.get;
    bodies.get = async (key) => expect.fail(`the body of ${key} was read`);
    await life(unreadable(t.deps)).keep();
    bodies.get = get;
    expect(bodies.data.get(HISTORY_KEY)).toBe(token);
  });

  it('builds from the journal after a write, and keeps that one', async () => {
    const { t, bodies, lasting, life } = await setup();
    const first = life();
    await first.keep();
    await first.kept.writing(async () => {
      await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: 'Finn_Kurz', name: 'Finn Kurz', note: TEMPLATE('Jana') }] });
      first.scoring.invalidate();
    });
    expect(bodies.data.size + lasting.data.size).toBe(0);
    const second = life();
    expect((await second.scoring.get()).inputs.size).toBe(6);
    await second.keep();
    expect(scoringFromKeptForm((bodies.data.get(HISTORY_KEY) as { value: unknown }).value)?.inputs.size).toBe(6);
  });

  it('keeps the history only once nothing was written for the quiet time', async () => {
    const { t, bodies } = await setup();
    const kept = keptAnswers(memoryStore(), t.deps.now, HOUR, { bodies, lasting: memoryStore(), build: 'b1' });
    const { scoring, keep } = keptScoringHistory(t.deps, kept, 60);
    await scoring.get();
    let waiting = keep();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bodies.data.size).toBe(0); // still waiting
    await waiting;
    expect([...bodies.data.keys()]).toEqual([HISTORY_KEY]);
    await kept.writing(async () => void scoring.invalidate());
    waiting = keep();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await kept.writing(async () => void scoring.invalidate()); // within the quiet time: this keep gives way
    await waiting;
    expect(bodies.data.size).toBe(0);
  });

  it('keeps nothing derived before a write that came while it was kept, nor what another build kept', async () => {
    const { t, bodies, lasting, life } = await setup();
    const first = life();
    const since = first.kept.since();
    const context = await first.scoring.get();
    await first.kept.writing(async () => undefined);
    expect(await first.kept.keepBulky(HISTORY_KEY, context, since)).toBe(false);
    expect(bodies.data.size).toBe(0);

    await first.keep();
    const envelope = lasting.data.get(`bulky:${HISTORY_KEY}`) as Record<string, unknown>;
    lasting.data.set(`bulky:${HISTORY_KEY}`, { ...envelope, build: 'b0' });
    const other = life();
    let built = false;
    const deps = { ...t.deps, now: () => ((built = true), t.deps.now()) };
    await keptScoringHistory(deps, other.kept, 0).scoring.get();
    expect(built).toBe(true); // loadScoringContext asks the clock: the kept one of build b0 was not read
  });
});
