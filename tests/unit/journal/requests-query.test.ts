import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { RequestsPage } from '../../../utils/journal/requests-query';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { exportJson } from '../../../utils/blocklist/file';
import type { BlockEntry } from '../../../utils/model/relationships';
import { derived } from '../../../utils/journal/derived';
import { countFlagged } from '../../../utils/journal/flagged';
import { judgedFor } from '../../../utils/journal/request-scores';
import { loadScoringContext } from '../../../utils/journal/scoring-load';
import { dumpAll, testDeps } from '../helpers/journal';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const DASHBOARD: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html#requests' };
const tab = (url: string): SenderInfo => ({ id: 'ext', url, tab: { id: 7 }, frameId: 0 });
const XING_RECEIVED = 'https://www.xing.com/contacts/requests';
const XING_SENT = 'https://www.xing.com/contacts/requests/sent';
const LINKEDIN_RECEIVED = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const DAY = 86_400_000;
const TEMPLATE = (name: string) => `Hi ${name}, I came across your profile and would love to expand my network with like-minded professionals. Let's connect!`;
const ALL = { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest', offset: 0, limit: 100 } as const;

type Page = RequestsPage;

describe('requests/query: the dashboard Requests view', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  const query = async (filters: Partial<Record<keyof typeof ALL | 'query' | 'from' | 'to', unknown>> = {}) => {
    const res = await handle({ type: 'requests/query', payload: { ...ALL, ...filters } }, DASHBOARD);
    if (!res.ok) throw new Error(res.error.message);
    return res.data as Page;
  };
  const keys = (page: Page) => page.items.map((i) => i.request.key);
  const capture = (platform: string, url: string, direction: string, cards: { key: string; name: string; note: string }[]) =>
    handle({ type: 'capture/requests', payload: { platform, url, direction, requests: cards } }, tab(url));

  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
    await capture('linkedin', LINKEDIN_RECEIVED, 'received', [
      { key: 'anna-mayer', name: 'Anna Mayer', note: TEMPLATE('Katrin') },
      { key: 'ben-olsen', name: 'Ben Olsen', note: TEMPLATE('Katrin') },
      { key: 'cem-aydin', name: 'Cem Aydın', note: TEMPLATE('Katrin') },
    ]);
    t.advance(DAY);
    await capture('xing', XING_RECEIVED, 'received', [
      { key: 'Jörg_Müller', name: 'Jörg Müller', note: 'Danke für das Gespräch gestern am Stand auf der Hannover Messe, wie besprochen schicke ich Ihnen die Zeichnungen.' },
    ]);
    t.advance(DAY);
    await capture('xing', XING_SENT, 'sent', [{ key: 'Petra_Sent', name: 'Petra Sent', note: '' }]);
    // Anna's request was declined on the site.
    await handle({ type: 'request/acted', payload: { platform: 'linkedin', direction: 'received', key: 'anna-mayer', action: 'decline' } }, DASHBOARD);
  });

  it('lists received and sent requests of both sites in every state, newest first, with counts per state and site', async () => {
    const page = await query();
    expect(keys(page).slice(0, 2)).toEqual(['Petra_Sent', 'Jörg_Müller']);
    expect(keys(page).slice(2).sort()).toEqual(['anna-mayer', 'ben-olsen', 'cem-aydin']);
    expect(page.total).toBe(5);
    expect(page.all).toBe(5);
    expect(page.states).toMatchObject({ pending: 4, declined: 1 });
    expect(page.platforms).toEqual({ xing: 2, linkedin: 3 });
    expect(page.items.find((i) => i.request.key === 'anna-mayer')?.request.state).toBe('declined');
    // Every received request on the page is scored with its reasons; the sent one has no score.
    expect(page.items.filter((i) => i.score).map((i) => i.request.direction)).toEqual(['received', 'received', 'received', 'received']);
    expect(page.items.find((i) => i.request.key === 'Petra_Sent')?.score).toBeUndefined();
    expect(page.items.find((i) => i.request.key === 'ben-olsen')?.score?.reasons.length).toBeGreaterThan(0);
  });

  it('filters by direction, site, state, name (accents folded) and date; oldest first reverses', async () => {
    expect(keys(await query({ direction: 'sent' }))).toEqual(['Petra_Sent']);
    const xing = await query({ platform: 'xing', direction: 'received' });
    expect(keys(xing)).toEqual(['Jörg_Müller']);
    // Counts tell what another value of the same filter would show.
    expect(xing.platforms).toEqual({ xing: 1, linkedin: 3 });
    expect(keys(await query({ state: 'declined' }))).toEqual(['anna-mayer']);
    expect(keys(await query({ query: 'jorg mull' }))).toEqual(['Jörg_Müller']);
    const first = (await query()).items.find((i) => i.request.key === 'Jörg_Müller')!.request.firstSeenAt;
    expect(keys(await query({ from: first, to: first }))).toEqual(['Jörg_Müller']);
    expect(keys(await query({ to: first - 1 })).sort()).toEqual(['anna-mayer', 'ben-olsen', 'cem-aydin']);
    expect(keys(await query({ sort: 'oldest' })).at(-1)).toBe('Petra_Sent');
  });

  it('filters and sorts by band, with the counts of each band once all are scored', async () => {
    const before = await query();
    // Shown newest first, only the page is scored, after the counts: no band counts yet; the page's scores stay.
    expect(before.bands).toBeUndefined();
    expect((await query()).bands).toEqual({ genuine: expect.any(Number), unclear: expect.any(Number), collector: 3, unscored: 1 });
    const collectors = await query({ band: 'collector' });
    expect(keys(collectors).sort()).toEqual(['anna-mayer', 'ben-olsen', 'cem-aydin']);
    expect(collectors.bands).toMatchObject({ collector: 3, unscored: 1 });
    expect(keys(await query({ band: 'unscored' }))).toEqual(['Petra_Sent']);
    const byScore = await query({ sort: 'score' });
    expect(keys(byScore).at(-1)).toBe('Petra_Sent');
    expect(byScore.items[0]!.score!.value).toBeGreaterThanOrEqual(byScore.items[1]!.score!.value);
  });

  it('pages: offset and limit give one page, total counts them all', async () => {
    const one = await query({ limit: 2 });
    const two = await query({ limit: 2, offset: 2 });
    const three = await query({ limit: 2, offset: 4 });
    expect([one.items.length, two.items.length, three.items.length]).toEqual([2, 2, 1]);
    expect(one.total).toBe(5);
    expect(new Set([...keys(one), ...keys(two), ...keys(three)]).size).toBe(5);
  });

  it('a verdict shows at once and its undo removes it; the request and what the site did stay', async () => {
    const ben = (await query({ query: 'ben' })).items[0]!;
    expect(ben.verdict).toBeUndefined();
    expect(await handle({ type: 'verdict/set', payload: { requestId: ben.request.id, verdict: 'genuine' } }, DASHBOARD)).toMatchObject({ ok: true });
    expect((await query({ query: 'ben' })).items[0]!.verdict).toBe('genuine');
    expect(await handle({ type: 'verdict/clear', payload: { requestId: ben.request.id } }, DASHBOARD)).toEqual({ ok: true, data: { removed: 1 } });
    expect((await query({ query: 'ben' })).items[0]!.verdict).toBeUndefined();
    const anna = (await query({ query: 'anna' })).items[0]!;
    await handle({ type: 'verdict/set', payload: { requestId: anna.request.id, verdict: 'collector' } }, DASHBOARD);
    await handle({ type: 'verdict/clear', payload: { requestId: anna.request.id } }, DASHBOARD);
    expect((await query({ query: 'anna' })).items[0]!.request.state).toBe('declined');
  });

  it('shows a blocklist entry on its requests, and not after the entry is removed', async () => {
    await handle({ type: 'inpage/flow-done', payload: { platform: 'linkedin', direction: 'received', key: 'ben-olsen', action: 'block', confirmed: [], reason: 'Spam' } }, tab(LINKEDIN_RECEIVED));
    const ben = (await query({ query: 'ben' })).items[0]!;
    expect(ben.blocked?.reason).toBe('Spam');
    expect(ben.verdict).toBe('spam');
    const entries = (await dumpAll(t.deps)).blocklist as BlockEntry[];
    await handle({ type: 'blocklist/remove', payload: { platform: 'linkedin', key: 'ben-olsen' } }, DASHBOARD);
    expect((await query({ query: 'ben' })).items[0]!.blocked).toBeUndefined();
    // The view's undo puts the entry back as it was, through the checked import of the shared file format.
    const undo = await handle({ type: 'blocklist/import', payload: { text: exportJson(entries) } }, DASHBOARD);
    expect(undo).toEqual({ ok: true, data: { added: 1, unchanged: 0, repeated: 0, errors: [] } });
    expect((await dumpAll(t.deps)).blocklist).toEqual(entries);
    expect((await query({ query: 'ben' })).items[0]!.blocked?.reason).toBe('Spam');
  });

  it('the toolbar count keeps value and band of what it scored, for the next answer; verdicts outweigh the score', async () => {
    const scoring = derived(() => loadScoringContext(t.deps));
    expect(await countFlagged(t.deps, scoring)).toBe(2); // Ben and Cem; Anna's request is declined
    const kept = await judgedFor(t.deps, scoring, [], false);
    expect([...kept.values()].map((j) => j?.band).sort()).toEqual(['collector', 'collector', 'genuine']);
    const ben = (await query({ query: 'ben' })).items[0]!;
    await handle({ type: 'verdict/set', payload: { requestId: ben.request.id, verdict: 'genuine' } }, DASHBOARD);
    expect(await countFlagged(t.deps, scoring)).toBe(1);
  });

  it('is refused to content scripts (it lists the whole journal), and a refused query changes nothing', async () => {
    const before = await dumpAll(t.deps);
    const res = await handle({ type: 'requests/query', payload: ALL }, tab(XING_RECEIVED));
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await handle({ type: 'requests/query', payload: { ...ALL, limit: 5000 } }, DASHBOARD)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dumpAll(t.deps)).toEqual(before);
  });
});
