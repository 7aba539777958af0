import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import * as scoringLoad from '../../../utils/journal/scoring-load';
import { unchangedBy } from '../../../utils/journal/write-effects';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { testDeps } from '../helpers/journal';

// Counts how often the worker reads the scorer's whole history (the costly rebuild a write used to cause every time).
vi.mock('../../../utils/journal/scoring-load', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../utils/journal/scoring-load')>();
  return { ...original, loadScoringContext: vi.fn(original.loadScoringContext) };
});
const loads = () => vi.mocked(scoringLoad.loadScoringContext).mock.calls.length;

const SELF = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const LIST_URL = 'https://www.xing.com/contacts/requests';
const LIST_TAB: SenderInfo = { id: 'ext-id', url: LIST_URL, tab: { id: 3 }, frameId: 0 };
const PROFILE_URL = 'https://www.xing.com/profile/Kevin_Brooks3';
const PROFILE_TAB: SenderInfo = { id: 'ext-id', url: PROFILE_URL, tab: { id: 4 }, frameId: 0 };

const CARDS = [
  { key: 'Kevin_Brooks3', name: 'Kevin Brooks', note: 'Thanks for visiting my profile! Free e-book and webinar, win-win synergies.' },
  { key: 'Priya_Raman', name: 'Priya Raman', note: 'Great talking to you after your talk at the fair in Cologne.' },
];
const NEW_CARD = { key: 'Lena_Vogt', name: 'Lena Vogt', note: 'Free e-book and webinar for you, win-win synergies! Book a quick call.' };
const KEYS = ['Kevin_Brooks3', 'Priya_Raman', 'Lena_Vogt'];

const list = (requests: typeof CARDS) => ({ type: 'capture/requests', payload: { platform: 'xing', url: LIST_URL, direction: 'received', requests } });
const profile = (headline: string) => ({ type: 'capture/profile', payload: { platform: 'xing', url: PROFILE_URL, facts: { name: 'Kevin Brooks', headline } } });

describe('which derived values a write leaves as they were (unchangedBy)', () => {
  const all = { scoring: true, people: true, requests: true };
  const none = { scoring: false, people: false, requests: false };
  it.each([
    ['a profile read again with the same facts', 'capture/profile', { personId: 'p', created: false, changed: false }, all],
    ['a person added by hand who is known already, unchanged', 'capture/manual', { personId: 'p', created: false, changed: false }, all],
    ['a profile whose facts changed', 'capture/profile', { personId: 'p', created: false, changed: true }, none],
    ['a new person', 'capture/profile', { personId: 'p', created: true, changed: true }, none],
    ['a request list read again, only seen', 'capture/requests', { created: 0, resent: 0, withdrawn: 0, gone: 0, seen: 2, refused: 0 }, all],
    ['a request list with a new request', 'capture/requests', { created: 1, resent: 0, withdrawn: 0, gone: 0, seen: 2, createdIds: ['r1'], withdrawnIds: [] }, { ...none, extend: { added: ['r1'], withdrawn: [] } }],
    ['a request list with a re-send', 'capture/requests', { created: 0, resent: 1, withdrawn: 0, gone: 0, seen: 2, createdIds: ['r2'], withdrawnIds: [] }, { ...none, extend: { added: ['r2'], withdrawn: [] } }],
    ['a request list with a new request and a withdrawal', 'capture/requests', { created: 1, resent: 0, withdrawn: 1, seen: 1, createdIds: ['r3'], withdrawnIds: ['r0'] }, { ...none, extend: { added: ['r3'], withdrawn: ['r0'] } }],
    ['a sent request gone from the list: the requests index changes, no score', 'capture/requests', { created: 0, resent: 0, withdrawn: 0, gone: 1, seen: 2, createdIds: [], withdrawnIds: [] }, { ...none, extend: { added: [], withdrawn: [] } }],
    ['a request list with a new request, no ids reported', 'capture/requests', { created: 1, resent: 0, withdrawn: 0, gone: 0, seen: 2 }, none],
    ['a request list with a withdrawal, ids of another shape', 'capture/requests', { created: 0, resent: 0, withdrawn: 1, seen: 2, createdIds: [], withdrawnIds: [7] }, none],
    ['a report of an unexpected shape', 'capture/requests', { created: '0' }, none],
    ['a failed write (no report)', 'capture/profile', undefined, none],
    ['any other write, even one that reports nothing new', 'verdict/set', { created: 0, resent: 0, withdrawn: 0 }, none],
    ['the settings', 'settings/update', { settings: {} }, none],
  ] as const)('%s', (_what, type, outcome, expected) => {
    expect(unchangedBy(type, outcome)).toEqual(expected);
  });
});

describe('pages read again keep the scorer history; new requests extend it; new facts rebuild it', () => {
  let handle: ReturnType<typeof createRouter>;
  let deps: Awaited<ReturnType<typeof testDeps>>['deps'];
  let advance: (ms: number) => void;
  const send = async (message: { type: string; payload: unknown }, sender: SenderInfo) => {
    const res = await handle(message, sender);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    return res.data;
  };
  const scores = async (via = handle) => {
    const res = await via({ type: 'inpage/requests', payload: { platform: 'xing', direction: 'received', keys: KEYS } }, LIST_TAB);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    return (res.data as { items: { key: string; score?: unknown }[] }).items.map((i) => [i.key, i.score]);
  };
  /** What a worker that just started (nothing derived yet) answers over the same journal: the exact answer. */
  const fresh = () => scores(createRouter(createHandlers(deps), SELF));

  beforeEach(async () => {
    const t = await testDeps();
    deps = t.deps;
    advance = t.advance;
    handle = createRouter(createHandlers(deps), SELF);
    await send(list(CARDS), LIST_TAB);
    await send(profile('Growth hacker'), PROFILE_TAB);
  });

  it('a request list read again with nothing new: the same scores, the history not read again', async () => {
    const before = await scores();
    const read = loads();
    advance(60_000);
    expect(await send(list(CARDS), LIST_TAB)).toMatchObject({ created: 0, resent: 0, withdrawn: 0 });
    expect(await scores()).toEqual(before);
    expect(loads()).toBe(read);
    expect(await fresh()).toEqual(before);
  });

  it('a profile read again with the same facts: the same scores, the history not read again', async () => {
    const before = await scores();
    const read = loads();
    advance(60_000);
    expect(await send(profile('Growth hacker'), PROFILE_TAB)).toMatchObject({ created: false, changed: false });
    expect(await scores()).toEqual(before);
    expect(loads()).toBe(read);
  });

  it('a new request in the list: the history takes it without being read again, and scores as a fresh worker', async () => {
    const before = await scores();
    const read = loads();
    advance(60_000);
    expect(await send(list([...CARDS, NEW_CARD]), LIST_TAB)).toMatchObject({ created: 1 });
    const after = await scores();
    expect(loads()).toBe(read);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await fresh());
  });

  it('a profile with new facts: the history is read again', async () => {
    await scores();
    const read = loads();
    advance(60_000);
    expect(await send(profile('Chief growth hacker'), PROFILE_TAB)).toMatchObject({ changed: true });
    await scores();
    expect(loads()).toBe(read + 1);
    expect(await scores()).toEqual(await fresh());
  });
});
