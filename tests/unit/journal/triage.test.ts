import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { dumpAll, testDeps } from '../helpers/journal';

const SELF = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const POPUP: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const XING_LIST: SenderInfo = { id: 'ext-id', url: 'https://www.xing.com/contacts/requests', tab: { id: 3 }, frameId: 0 };
const LINKEDIN_TAB: SenderInfo = { id: 'ext-id', url: 'https://www.linkedin.com/mynetwork/invitation-manager/', tab: { id: 4 }, frameId: 0 };

const requests = {
  type: 'capture/requests',
  payload: {
    platform: 'xing',
    url: 'https://www.xing.com/contacts/requests',
    direction: 'received',
    requests: [
      { key: 'Kevin_Brooks3', name: 'Kevin Brooks', note: 'Thanks for visiting my profile! Free e-book and webinar, win-win synergies.' },
      { key: 'Priya_Raman', name: 'Priya Raman', note: 'Great talking to you after your talk at the fair in Cologne.' },
    ],
  },
};
const flow = (confirmed: string[], action = 'block') => ({
  type: 'inpage/flow-done',
  payload: { platform: 'xing', direction: 'received', key: 'Kevin_Brooks3', action, confirmed, reason: 'Blocked as a spammer from the request list' },
});

describe('triage messages: badges read, verified flows record', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let shown: number[];
  let hidden: number;
  let registered: boolean[];
  let refreshed: boolean[];
  let rich: number[];
  let handle: ReturnType<typeof createRouter>;
  beforeEach(async () => {
    t = await testDeps();
    shown = [];
    hidden = 0;
    registered = [];
    refreshed = [];
    rich = [];
    const tabs = {
      loadReader: async () => undefined,
      showInPage: async (id: number, _platform: string, refresh = true) => void (shown.push(id), refreshed.push(refresh)),
      hideInPageEverywhere: async () => void hidden++,
      keepBadgesOnLists: async (on: boolean) => void registered.push(on),
      loadRich: async (id: number) => void rich.push(id),
    };
    handle = createRouter(createHandlers(t.deps, tabs), SELF);
    expect((await handle(requests, XING_LIST)).ok).toBe(true);
  });

  it('loads the badges into the tab whose request list was read, and gives them scores for the cards on screen', async () => {
    expect(shown).toEqual([3]);
    const res = await handle({ type: 'inpage/requests', payload: { platform: 'xing', direction: 'received', keys: ['Kevin_Brooks3', 'Priya_Raman', 'Nobody_Known'] } }, XING_LIST);
    expect(res.ok).toBe(true);
    const items = res.ok ? (res.data as { show: boolean; items: { key: string; score?: { band: string } }[] }) : null;
    expect(items?.show).toBe(true);
    expect(items?.items.map((i) => [i.key, !!i.score])).toEqual([['Kevin_Brooks3', true], ['Priya_Raman', true], ['Nobody_Known', false]]);
  });

  it('answers the pills briefly: the same scores without their reasons', async () => {
    const read = async (brief?: boolean) => {
      const res = await handle({ type: 'inpage/requests', payload: { platform: 'xing', direction: 'received', keys: ['Kevin_Brooks3'], ...(brief === undefined ? {} : { brief }) } }, XING_LIST);
      return res.ok ? (res.data as { items: { score?: { value: number; band: string; reasons: unknown[] } }[] }).items[0]!.score! : undefined;
    };
    const full = await read();
    const brief = await read(true);
    expect(full?.reasons.length).toBeGreaterThan(0);
    expect(brief).toEqual({ ...full, reasons: [] });
  });

  it('records a block: each confirmed step, the verdict spam and a blocklist entry, in one go; flagged at once', async () => {
    const res = await handle(flow(['report', 'decline']), XING_LIST);
    expect(res).toMatchObject({ ok: true, data: { blocked: true } });
    const dump = await dumpAll(t.deps);
    const request = (dump.requests as { key: string; state: string; history: { state: string; by: string }[] }[]).find((r) => r.key === 'Kevin_Brooks3')!;
    expect(request.history.map((h) => `${h.state}/${h.by}`)).toEqual(['pending/observed', 'reported/user', 'declined/user']);
    expect(request.state).toBe('declined');
    expect(dump.verdicts).toMatchObject([{ verdict: 'spam' }]);
    expect(dump.blocklist).toMatchObject([{ id: 'xing:Kevin_Brooks3', platform: 'xing', key: 'Kevin_Brooks3', reason: 'Blocked as a spammer from the request list' }]);
    const read = await handle({ type: 'inpage/requests', payload: { platform: 'xing', direction: 'received', keys: ['Kevin_Brooks3'] } }, XING_LIST);
    expect(read.ok && read.data).toMatchObject({ items: [{ key: 'Kevin_Brooks3', verdict: 'spam', state: 'declined', blocked: { reason: 'Blocked as a spammer from the request list' } }] });
    // Undo from the popup: the entry goes; the platform's own steps stay recorded.
    expect(await handle({ type: 'blocklist/remove', payload: { platform: 'xing', key: 'Kevin_Brooks3' } }, POPUP)).toEqual({ ok: true, data: { removed: true } });
    expect(await handle({ type: 'blocklist/list', payload: {} }, POPUP)).toEqual({ ok: true, data: { items: [], names: [] } });
  });

  it.each([
    ['the same flow recorded twice (the list open in two tabs)', [['report', 'decline'], ['report', 'decline']], ['pending/observed', 'reported/user', 'declined/user']],
    ['a second flow that finishes what the first left', [['report'], ['report', 'decline']], ['pending/observed', 'reported/user', 'declined/user']],
  ])('records each step once since the request was open: %s', async (_name, runs, history) => {
    for (const confirmed of runs) await handle(flow(confirmed), XING_LIST);
    const request = (await t.deps.db.getAll('requests')).find((r) => r.key === 'Kevin_Brooks3')!;
    expect(request.history.map((h) => `${h.state}/${h.by}`)).toEqual(history);
    expect(request.state).toBe('declined');
  });

  it('records the blocklist entry also when a platform step was left to the user, and nothing of steps not confirmed', async () => {
    await handle(flow([]), XING_LIST);
    const dump = await dumpAll(t.deps);
    expect((dump.requests as { key: string; state: string }[]).find((r) => r.key === 'Kevin_Brooks3')?.state).toBe('pending');
    expect(dump.blocklist).toHaveLength(1);
  });

  it('a badge verdict is the user\'s judgement of that request', async () => {
    const res = await handle({ type: 'inpage/verdict', payload: { platform: 'xing', direction: 'received', key: 'Priya_Raman', verdict: 'genuine' } }, XING_LIST);
    expect(res.ok).toBe(true);
    expect((await dumpAll(t.deps)).verdicts).toMatchObject([{ verdict: 'genuine' }]);
  });

  it('imports a blocklist file all or nothing; the same file again changes nothing; a content script cannot import', async () => {
    const good = 'platform,profile key,name,reason,date\nxing,Kevin_Brooks3,Kevin Brooks,spam,2026-11-20T10:00:00.000Z\nlinkedin,lucas-moreau,,spam,2026-11-21T10:00:00.000Z\n';
    expect(await handle({ type: 'blocklist/import', payload: { text: good } }, POPUP)).toEqual({ ok: true, data: { added: 2, unchanged: 0, repeated: 0, errors: [] } });
    const after = await dumpAll(t.deps);
    expect(await handle({ type: 'blocklist/import', payload: { text: good } }, POPUP)).toEqual({ ok: true, data: { added: 0, unchanged: 2, repeated: 0, errors: [] } });
    expect(await dumpAll(t.deps)).toEqual(after);
    const bad = good + 'myspace,x,,spam,2026-11-21T10:00:00.000Z\n';
    await handle({ type: 'blocklist/remove', payload: { platform: 'xing', key: 'Kevin_Brooks3' } }, POPUP);
    const before = await dumpAll(t.deps);
    expect(await handle({ type: 'blocklist/import', payload: { text: bad } }, POPUP)).toEqual({ ok: true, data: { added: 0, unchanged: 0, repeated: 0, errors: [{ row: 3, problem: 'platform', detail: ['myspace'] }] } });
    expect(await dumpAll(t.deps)).toEqual(before);
    expect((await handle({ type: 'blocklist/import', payload: { text: good } }, XING_LIST)).ok).toBe(false);
  });

  const refused: [string, unknown, SenderInfo][] = [
    ['a LinkedIn tab recording a XING flow', flow(['decline']), LINKEDIN_TAB],
    ['a LinkedIn tab reading XING badges', { type: 'inpage/requests', payload: { platform: 'xing', direction: 'received', keys: ['Kevin_Brooks3'] } }, LINKEDIN_TAB],
    ['a content script removing a blocklist entry', { type: 'blocklist/remove', payload: { platform: 'xing', key: 'Kevin_Brooks3' } }, XING_LIST],
    ['a content script listing the blocklist', { type: 'blocklist/list', payload: {} }, XING_LIST],
    ['the popup posing as the page (flows run only in the tab)', flow(['decline']), POPUP],
    ['an unknown step', flow(['delete-account']), XING_LIST],
  ];
  it.each(refused)('refuses %s and changes nothing', async (_name, message, sender) => {
    const before = await dumpAll(t.deps);
    expect((await handle(message, sender)).ok).toBe(false);
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it('loads the badges as soon as a reader sees a request list: only a list of the tab\'s own site, only while badges and automatic reading are on', async () => {
    const seen = (sender: SenderInfo) => handle({ type: 'inpage/list-seen', payload: {} }, sender);
    expect(await seen(XING_LIST)).toEqual({ ok: true, data: { shown: true } });
    expect(await seen(LINKEDIN_TAB)).toEqual({ ok: true, data: { shown: true } });
    const XING_PROFILE: SenderInfo = { ...XING_LIST, url: 'https://www.xing.com/profile/Kevin_Brooks3' };
    expect(await seen(XING_PROFILE)).toEqual({ ok: true, data: { shown: false } });
    expect((await seen(POPUP)).ok).toBe(false); // only content scripts send it
    expect(shown).toEqual([3, 3, 4]);
    await handle({ type: 'settings/update', payload: { patch: { autoCapture: false } } }, POPUP);
    expect(await seen(XING_LIST)).toEqual({ ok: true, data: { shown: false } });
    await handle({ type: 'settings/update', payload: { patch: { autoCapture: true, inPageBadges: false } } }, POPUP);
    expect(await seen(XING_LIST)).toEqual({ ok: true, data: { shown: false } });
    expect(shown).toEqual([3, 3, 4]);
    // The list was read and stored: those badges read the journal again; seeing a list only makes sure they run.
    expect(refreshed).toEqual([true, false, false]);
  });

  it('loads the rich badge into the tab whose pill the user turned to: only on a request list of its own site, only while badges show', async () => {
    const load = (sender: SenderInfo) => handle({ type: 'inpage/load-rich', payload: {} }, sender);
    expect(await load(XING_LIST)).toEqual({ ok: true, data: { loaded: true } });
    expect(await load(LINKEDIN_TAB)).toEqual({ ok: true, data: { loaded: true } });
    expect(await load({ ...XING_LIST, url: 'https://www.xing.com/profile/Kevin_Brooks3' })).toEqual({ ok: true, data: { loaded: false } });
    expect((await load({ ...XING_LIST, frameId: 2 })).ok).toBe(false); // a frame of the page is no sender of ours
    expect((await load(POPUP)).ok).toBe(false);
    await handle({ type: 'settings/update', payload: { patch: { inPageBadges: false } } }, POPUP);
    expect(await load(XING_LIST)).toEqual({ ok: true, data: { loaded: false } });
    expect(rich).toEqual([3, 4]);
  });

  it('has the browser load the badges into request lists exactly while badges and automatic reading are on, a restore included', async () => {
    const update = (patch: Record<string, boolean>) => handle({ type: 'settings/update', payload: { patch } }, POPUP);
    await update({ inPageBadges: false });
    await update({ inPageBadges: true });
    await update({ autoCapture: false });
    await update({ autoCapture: true });
    expect(registered).toEqual([false, true, false, true]);
    const backup = await handle({ type: 'backup/export', payload: {} }, POPUP);
    await update({ inPageBadges: false });
    expect(backup.ok).toBe(true);
    if (backup.ok) expect((await handle({ type: 'backup/restore', payload: { json: (backup.data as { json: string }).json } }, POPUP)).ok).toBe(true);
    expect(registered).toEqual([false, true, false, true, false, true]);
    expect(refreshed.every(Boolean)).toBe(true); // reading a request list is no setting
  });

  it('"Show results only in the popup" removes the in-page elements everywhere, and the badges read nothing then', async () => {
    await handle({ type: 'settings/update', payload: { patch: { inPageBadges: false } } }, POPUP);
    expect(hidden).toBe(1);
    const res = await handle({ type: 'inpage/requests', payload: { platform: 'xing', direction: 'received', keys: ['Kevin_Brooks3'] } }, XING_LIST);
    expect(res).toEqual({ ok: true, data: { show: false, items: [] } });
    await handle(requests, XING_LIST);
    expect(shown).toEqual([3]); // not loaded again
  });
});
