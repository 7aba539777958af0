import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { mergePeople } from '../../../utils/journal/person-merge';
import { recordProfile } from '../../../utils/journal/profiles';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import type { RequestsPage } from '../../../utils/journal/requests-query';
import { arrange, DEFAULT_TRIAGE } from '../../../components/popup/triage';
import type { RequestView } from '../../../components/popup/request-view';
import { testDeps } from '../helpers/journal';
import { sendThrough } from '../integrity/router-helpers';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const PAGE: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const XING_LIST: SenderInfo = { id: 'ext', url: 'https://www.xing.com/contacts/requests', tab: { id: 3 }, frameId: 0 };
const LINKEDIN_LIST: SenderInfo = { id: 'ext', url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/', tab: { id: 4 }, frameId: 0 };
const FRIENDLY = 'Great talking to you after your talk at the fair in Cologne.';

// Issue 17 §5: people on the blocklist are flagged at once wherever they appear again, on both sites where the
// journal links the same person: badges, the popup, the toolbar count, the dashboard's Requests view.
describe('a blocked person is flagged wherever they appear again', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  let flagged: number[];
  const send = sendThrough(() => handle, PAGE);
  const badge = async (platform: 'xing' | 'linkedin', key: string) =>
    (await send<{ items: { blocked?: unknown }[] }>('inpage/requests', { platform, direction: 'received', keys: [key] }, platform === 'xing' ? XING_LIST : LINKEDIN_LIST)).items[0]!;
  const capture = (platform: 'xing' | 'linkedin', key: string, name: string) =>
    send('capture/requests', { platform, url: (platform === 'xing' ? XING_LIST : LINKEDIN_LIST).url, direction: 'received', requests: [{ key, name, note: FRIENDLY }] }, platform === 'xing' ? XING_LIST : LINKEDIN_LIST);
  const block = (key: string) => send('inpage/flow-done', { platform: 'xing', direction: 'received', key, action: 'block', confirmed: [], reason: 'Spammer' }, XING_LIST);
  const settled = async () => {
    const seen = flagged.length;
    for (let i = 0; i < 100 && flagged.length === seen; i++) await new Promise((r) => setTimeout(r, 30));
    return flagged.at(-1);
  };

  beforeEach(async () => {
    t = await testDeps();
    flagged = [];
    const tabs = { loadReader: async () => undefined, showInPage: async () => undefined, hideInPageEverywhere: async () => undefined, keepBadgesOnLists: async () => undefined, loadRich: async () => undefined, showFlagged: async (n: number) => void flagged.push(n) };
    handle = createRouter(createHandlers(t.deps, tabs as never), SELF);
  });

  /** Jana with a XING and a LinkedIn identity, made one person, blocked on XING. */
  async function janaBlockedOnXing() {
    const a = (await recordProfile(t.deps, { platform: 'xing', key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt' } })).personId;
    const b = (await recordProfile(t.deps, { platform: 'linkedin', key: 'jana-schmidt-koeln', url: 'https://www.linkedin.com/in/jana-schmidt-koeln/', facts: { name: 'Jana Schmidt' } })).personId;
    await mergePeople(t.deps, a, b);
    await block('Jana_Schmidt12');
  }

  it('a person linked on both sites and blocked on XING is flagged on their LinkedIn badge, the popup and the Requests view', async () => {
    await janaBlockedOnXing();
    await capture('linkedin', 'jana-schmidt-koeln', 'Jana Schmidt');
    expect(await badge('xing', 'Jana_Schmidt12')).toHaveProperty('blocked');
    expect(await badge('linkedin', 'jana-schmidt-koeln')).toMatchObject({ blocked: { reason: 'Spammer' } });
    const popup = await send<{ items: { key: string; blocked?: unknown }[] }>('requests/popup', {});
    expect(popup.items).toEqual([expect.objectContaining({ key: 'jana-schmidt-koeln', blocked: expect.objectContaining({ reason: 'Spammer' }) })]);
    const view = await send<RequestsPage>('requests/query', { direction: 'all', platform: 'linkedin', band: 'all', state: 'all', sort: 'newest', offset: 0, limit: 10 });
    expect(view.items.map((i) => [i.request.key, i.blocked?.reason])).toEqual([['jana-schmidt-koeln', 'Spammer']]);
  });

  it('someone else of the same name is not flagged', async () => {
    await janaBlockedOnXing();
    await capture('linkedin', 'jana-schmidt-berlin', 'Jana Schmidt');
    expect(await badge('linkedin', 'jana-schmidt-berlin')).not.toHaveProperty('blocked');
    expect((await send<{ items: { blocked?: unknown }[] }>('requests/popup', {})).items[0]).not.toHaveProperty('blocked');
  });

  it('a new request from someone on a team\'s list (unknown to the journal) is marked in the popup and counted on the toolbar', async () => {
    await t.deps.db.put('blocklist', { v: 1, id: 'xing:Priya_Raman', platform: 'xing', key: 'Priya_Raman', reason: 'Team list: spammer', at: t.deps.now() });
    await capture('xing', 'Priya_Raman', 'Priya Raman');
    expect(await settled()).toBe(1);
    const popup = await send<{ items: { key: string; blocked?: unknown }[] }>('requests/popup', {});
    expect(popup.items[0]).toMatchObject({ key: 'Priya_Raman', blocked: { reason: 'Team list: spammer' } });
    // The user's own "genuine" on this request outweighs the list.
    await send('verdict/set', { requestId: (await t.deps.db.getAll('requests'))[0]!.id, verdict: 'genuine' });
    expect(await settled()).toBe(0);
  });
});

describe('a block with the site\'s own button', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  const send = sendThrough(() => handle, XING_LIST);
  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
    await send('capture/requests', { platform: 'xing', url: XING_LIST.url, direction: 'received', requests: [{ key: 'Kevin_Brooks3', name: 'Kevin Brooks', note: 'Hallo' }] });
  });
  const acted = (action: string, reason?: string) => send('request/acted', { platform: 'xing', direction: 'received', key: 'Kevin_Brooks3', action, ...(reason ? { reason } : {}) });
  const entries = async () => (await send<{ items: { key: string; reason: string }[] }>('blocklist/list', {}, PAGE)).items.map((e) => [e.key, e.reason]);

  it('puts the person on the blocklist with the words the page sent, and the request is blocked', async () => {
    await acted('block', 'Auf XING mit der Schaltfläche der Website blockiert');
    expect(await entries()).toEqual([['Kevin_Brooks3', 'Auf XING mit der Schaltfläche der Website blockiert']]);
    expect((await t.deps.db.getAll('requests')).map((r) => r.state)).toEqual(['blocked']);
  });

  it('keeps an entry the user made before (its reason and date), and other actions add none', async () => {
    await t.deps.db.put('blocklist', { v: 1, id: 'xing:Kevin_Brooks3', platform: 'xing', key: 'Kevin_Brooks3', reason: 'Mein Grund', at: 1 });
    await acted('block', 'Auf XING blockiert');
    expect(await t.deps.db.get('blocklist', 'xing:Kevin_Brooks3')).toMatchObject({ reason: 'Mein Grund', at: 1 });
    await t.deps.db.clear('blocklist');
    await acted('decline');
    expect(await entries()).toEqual([]);
  });
});

describe('the popup folds a blocked sender away', () => {
  const item = (id: string, extra: Partial<RequestView>): RequestView => ({ id, platform: 'xing', name: id, note: '', profileUrl: `https://www.xing.com/profile/${id}`, seenAt: 1, ...extra });
  it.each([
    ['blocked, scored genuine', { blocked: true, score: { value: 5, band: 'genuine' as const, reasons: [] } }, 'folded'],
    ['blocked, judged genuine by the user', { blocked: true, verdict: 'genuine' as const }, 'main'],
    ['not blocked, scored genuine', { score: { value: 5, band: 'genuine' as const, reasons: [] } }, 'main'],
  ])('%s', (_name, extra, where) => {
    const { main, folded } = arrange([item('a', extra)], DEFAULT_TRIAGE);
    expect(main.length ? 'main' : folded.length ? 'folded' : 'none').toBe(where);
  });
});
