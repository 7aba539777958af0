import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../utils/random';
import { recordProfile } from '../../../utils/journal/profiles';
import { markRequestActed, recordRequestList } from '../../../utils/journal/requests';
import { setVerdict } from '../../../utils/journal/verdicts';
import { extendScoringContext } from '../../../utils/journal/scoring-extend';
import { loadScoringContext } from '../../../utils/journal/scoring-load';
import type { ScoringContext } from '../../../utils/journal/scoring-state';
import { scoreRequest } from '../../../utils/scoring/score';
import { committedTextModel } from '../../../utils/scoring/text-model/committed';
import { testDeps } from '../helpers/journal';

// The history brought up to date by adding a list's new requests must score every request exactly as a history
// built from the whole journal: checked after each step of seeded sequences of list reads, re-sends and profiles.

const SENDERS = ['Kevin_Brooks3', 'Priya_Raman', 'Lena_Vogt', 'Jonas_Weber', 'Mia_Koch', 'Omar_Haddad', 'Sara_Lind', 'Tim_Berg'];
const nameOf = (key: string) => key.split('_')[0]!.concat(' ', key.split('_')[1]!.replace(/\d+$/, ''));
const NOTES = [
  (name: string) => `Hi ${name}, I help companies like yours grow. Free e-book and a quick call this week?`,
  (name: string) => `Hallo ${name}, ich unterstütze Unternehmen wie Ihres beim Wachstum. Kostenlose Analyse in 15 Minuten?`,
  (name: string) => `Hello ${name}, great talk at the fair in Cologne yesterday about supplier audits, let us stay in touch.`,
  () => '',
  (name: string) => `${name}, let us connect and expand our networks!`,
];

const changeOf = (result: { createdIds: string[]; withdrawnIds: string[] }) => ({ added: result.createdIds, withdrawn: result.withdrawnIds });

const everyScore = (context: ScoringContext, now: number) => {
  const textModel = committedTextModel();
  return [...context.inputs.values()]
    .map((input) => [input.id, scoreRequest(input, context.state, undefined, { now, textModel })] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
};

async function run(seed: number, steps: number) {
  const t = await testDeps();
  const random = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  let context = await loadScoringContext(t.deps);
  let extended = 0;
  let rebuilt = 0;
  let withdrawals = 0;
  for (let step = 0; step < steps; step++) {
    t.advance(Math.floor(random() * 3 * 86_400_000));
    const now = t.deps.now();
    const roll = random();
    if (roll < 0.12) {
      // The user acts on a pending request (a later list may then bring a re-send): a write the history is built again for.
      await markRequestActed(t.deps, { platform: 'xing', direction: 'received', key: pick(SENDERS), action: pick(['accept', 'decline', 'ignore'] as const) });
      context = await loadScoringContext(t.deps);
      continue;
    }
    if (roll < 0.27 && context.inputs.size > 0) {
      // A verdict remembers its request's signals against the history: added requests change them.
      await setVerdict(t.deps, { requestId: pick([...context.inputs.keys()].sort()), verdict: pick(['genuine', 'collector'] as const) });
      context = await loadScoringContext(t.deps);
      continue;
    }
    if (roll < 0.33) {
      const contacts = { count: 100 + Math.floor(random() * 400), atLeast: false };
      const key = pick(SENDERS);
      await recordProfile(t.deps, { platform: 'xing', key, url: `https://www.xing.com/profile/${key}`, facts: { name: nameOf(key), headline: 'Sales', contacts } });
      context = await loadScoringContext(t.deps);
      continue;
    }
    const cards = SENDERS.filter(() => random() < 0.3).map((key) => {
      const ago = Math.floor(random() * 5) * 86_400_000;
      return { key, name: nameOf(key), note: pick(NOTES)(nameOf(key)), ...(random() < 0.5 ? { time: { text: 'earlier', range: { from: now - ago - 3_600_000, to: now - ago } } } : {}) };
    });
    const direction = random() < 0.1 ? 'sent' : 'received';
    // Read whole half of the time: the pending requests the list reaches back past and does not show are withdrawn.
    const whole = random() < 0.5 ? { listKeys: cards.map((c) => c.key) } : {};
    const result = await recordRequestList(t.deps, { platform: 'xing', direction, requests: cards, ...whole });
    withdrawals += result.withdrawnIds.length;
    const fresh = await loadScoringContext(t.deps);
    const next = await extendScoringContext(t.deps, context, changeOf(result));
    if (next) {
      expect(everyScore(next, now), `seed ${seed}, step ${step}`).toEqual(everyScore(fresh, now));
      expect(new Map([...next.inputs].sort())).toEqual(new Map([...fresh.inputs].sort()));
      extended++;
    } else rebuilt++;
    context = fresh;
  }
  return { extended, rebuilt, withdrawals };
}

describe('the scorer history extended by a list read (new requests, withdrawals) equals the one built from the journal', () => {
  it.each([1, 2, 3, 4])('seeded sequence %i: every score and input the same after every list read', async (seed) => {
    const { extended, rebuilt, withdrawals } = await run(seed, 40);
    expect(withdrawals).toBeGreaterThan(0);
    // Most list reads must take the extension, or the comparison above proves little.
    expect(extended).toBeGreaterThanOrEqual(12);
    expect(extended).toBeGreaterThan(rebuilt);
  });

  it('refuses (a rebuild is needed) an added request older than one of its sender already in the history', async () => {
    const t = await testDeps();
    const now = t.deps.now();
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: 'Mia_Koch', name: 'Mia Koch', note: 'Hallo!' }] });
    await markRequestActed(t.deps, { platform: 'xing', direction: 'received', key: 'Mia_Koch', action: 'decline' });
    const context = await loadScoringContext(t.deps);
    // A second request of hers dated before the first was seen (a list read makes no such re-send since a card must
    // be dated after the close: an older version's or an import's record).
    const [first] = await t.deps.db.getAll('requests');
    const older = { ...first!, id: 'mia-again', state: 'pending' as const, note: 'Hallo nochmal!', sentAt: { from: now - 8 * 86_400_000, to: now - 7 * 86_400_000 }, history: first!.history.slice(0, 1) };
    await t.deps.db.put('requests', older);
    expect(await extendScoringContext(t.deps, context, { added: ['mia-again'], withdrawn: [] })).toBeNull();
  });

  it('takes a new sender\'s request dated before the newest note of the history where a rebuild would put it', async () => {
    const t = await testDeps();
    const now = t.deps.now();
    const template = (name: string) => `Hi ${name}, I help companies like yours grow. Free e-book and a quick call this week?`;
    await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: ['anna-lutz', 'ben-ortiz'].map((key) => ({ key, name: key, note: template(key) })) });
    const context = await loadScoringContext(t.deps);
    // The XING list shows a request of three days ago: older than everything the history holds.
    const older = { key: 'Mia_Koch', name: 'Mia Koch', note: template('Mia'), time: { text: 'vor 3 Tagen', range: { from: now - 3 * 86_400_000, to: now - 2 * 86_400_000 } } };
    const result = await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [older] });
    const next = await extendScoringContext(t.deps, context, changeOf(result));
    const fresh = await loadScoringContext(t.deps);
    expect(next).not.toBeNull();
    expect(everyScore(next!, now)).toEqual(everyScore(fresh, now));
    expect(next!.state.byTime.map((i) => next!.state.notes[i]!.requestId)).toEqual(fresh.state.byTime.map((i) => fresh.state.notes[i]!.requestId));
  });

  it('takes a request found withdrawn (the sender\'s quick withdrawal then counts) as a rebuild does', async () => {
    const t = await testDeps();
    // Sent one, two and three hours before the read (a withdrawal needs the page's times: see diffRequestList).
    const at = t.deps.now();
    const cards = ['Lena_Vogt', 'Jonas_Weber', 'Sara_Lind'].map((key, i) => ({ key, name: nameOf(key), note: NOTES[0]!(nameOf(key)), time: { text: 'earlier', range: { from: at - (i + 1) * 3_600_000, to: at - (i + 1) * 3_600_000 + 60_000 } } }));
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: cards, listKeys: cards.map((c) => c.key) });
    const context = await loadScoringContext(t.deps);
    t.advance(3_600_000);
    // The list read whole an hour later no longer shows Jonas Weber's request: withdrawn soon after it came.
    const left = [cards[0]!, cards[2]!];
    const result = await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: left, listKeys: left.map((c) => c.key) });
    expect(result.withdrawnIds).toHaveLength(1);
    const next = await extendScoringContext(t.deps, context, changeOf(result));
    const fresh = await loadScoringContext(t.deps);
    expect(next).not.toBeNull();
    const now = t.deps.now();
    expect(everyScore(next!, now)).toEqual(everyScore(fresh, now));
    expect(JSON.stringify(everyScore(fresh, now))).toContain('quick-withdrawal');
  });

  it('refuses an id that is not in the journal, and one already in the history', async () => {
    const t = await testDeps();
    const result = await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: 'Tim_Berg', name: 'Tim Berg', note: 'Hi' }] });
    const context = await loadScoringContext(t.deps);
    expect(await extendScoringContext(t.deps, context, { added: ['no-such-request'], withdrawn: [] })).toBeNull();
    expect(await extendScoringContext(t.deps, context, changeOf(result))).toBeNull();
  });
});
