import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import { derived } from '../../../utils/journal/derived';
import { scoresFor } from '../../../utils/journal/request-scores';
import { loadScoringContext } from '../../../utils/journal/scoring-load';
import { testDeps } from '../helpers/journal';

// Counts the scorer's runs: what a kept view saves is exactly a run of the scorer.
const runs = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../utils/scoring/score', async (original) => {
  const actual = await original<typeof import('../../../utils/scoring/score')>();
  return {
    ...actual,
    scoreRequest: (...args: Parameters<typeof actual.scoreRequest>) => {
      runs.count++;
      return actual.scoreRequest(...args);
    },
  };
});

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const URL = 'https://www.xing.com/contacts/requests';
const TEMPLATE = (name: string) => `Hi ${name}, I came across your profile and would love to expand my network with like-minded professionals. Let's connect!`;

describe('scoresFor: each request is scored once per history', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  const capture = (cards: { key: string; name: string; note: string }[]) =>
    handle({ type: 'capture/requests', payload: { platform: 'xing', url: URL, direction: 'received', requests: cards } }, { id: 'ext', url: URL, tab: { id: 3 }, frameId: 0 });
  const requests = async () => (await t.deps.db.getAll('requests')).sort((a, b) => a.key.localeCompare(b.key));

  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
    runs.count = 0;
  });

  it('answers a second ask from the kept views, with the same reasons, and scores again after the history changes', async () => {
    await capture([
      { key: 'Anna_Berg', name: 'Anna Berg', note: TEMPLATE('Jana') },
      { key: 'Ben_Ott', name: 'Ben Ott', note: TEMPLATE('Jana') },
      { key: 'Cem_Aydin', name: 'Cem Aydın', note: 'Danke für das Gespräch gestern am Stand, wie besprochen schicke ich Ihnen die Zeichnungen.' },
    ]);
    let scoring = derived(() => loadScoringContext(t.deps));
    const list = await requests();
    runs.count = 0;
    const first = await scoresFor(t.deps, scoring, list);
    expect(runs.count).toBe(3);
    expect(first.every((s) => s.score && s.score.reasons.length > 0)).toBe(true);
    const second = await scoresFor(t.deps, scoring, list);
    expect(runs.count).toBe(3);
    expect(second).toEqual(first);

    // A new history (a write drops the old one): the same requests are scored against it.
    await capture([{ key: 'Dora_Weiss', name: 'Dora Weiss', note: TEMPLATE('Jana') }]);
    scoring = derived(() => loadScoringContext(t.deps));
    runs.count = 0;
    const after = await scoresFor(t.deps, scoring, await requests());
    expect(runs.count).toBe(4);
    expect(after.map((s) => s.score?.value)).toHaveLength(4);
  });

  it('keeps a bounded number of views: the least recently shown is scored again, the recently shown is not', async () => {
    const keep = 4;
    const n = keep + 2;
    const cards = Array.from({ length: n }, (_, i) => ({ key: `P_${String(i).padStart(5, '0')}`, name: `Person ${i}`, note: i % 2 ? TEMPLATE('Jana') : '' }));
    await capture(cards);
    const scoring = derived(() => loadScoringContext(t.deps));
    const list = await requests();
    expect(list).toHaveLength(n);
    const first = await scoresFor(t.deps, scoring, list, keep);
    runs.count = 0;
    // The last ones shown are kept; the first two made room for them.
    const tail = await scoresFor(t.deps, scoring, list.slice(2), keep);
    expect(runs.count).toBe(0);
    const head = await scoresFor(t.deps, scoring, list.slice(0, 2), keep);
    expect(runs.count).toBe(2);
    expect([...head, ...tail]).toEqual(first);
  });
});
