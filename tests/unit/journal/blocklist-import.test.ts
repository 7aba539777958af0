import { beforeEach, describe, expect, it } from 'vitest';
import { exportCsv, exportJson } from '../../../utils/blocklist/file';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import type { BlockEntry } from '../../../utils/model/relationships';
import { dumpAll, testDeps } from '../helpers/journal';
import { sendThrough } from '../integrity/router-helpers';

const SELF = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const PAGE: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const XING_LIST: SenderInfo = { id: 'ext-id', url: 'https://www.xing.com/contacts/requests', tab: { id: 3 }, frameId: 0 };
const LINKEDIN_LIST: SenderInfo = { id: 'ext-id', url: 'https://www.linkedin.com/mynetwork/invitation-manager/', tab: { id: 4 }, frameId: 0 };
const HEADER = 'platform,profile key,name,reason,date';
const MINE = 'Blocked as a spammer from the request list';

describe('blocklist import into the journal (review findings 5, 6, 7)', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  const send = sendThrough(() => handle, PAGE);
  const list = () => send<{ items: BlockEntry[]; names: { id: string; name: string }[] }>('blocklist/list', {});
  const blockKevin = async () => {
    await send('capture/requests', { platform: 'xing', url: 'https://www.xing.com/contacts/requests', direction: 'received', requests: [{ key: 'Kevin_Brooks3', name: 'Kevin Brooks', note: 'Free e-book!' }] }, XING_LIST);
    await send('inpage/flow-done', { platform: 'xing', direction: 'received', key: 'Kevin_Brooks3', action: 'block', confirmed: [], reason: MINE }, XING_LIST);
  };
  beforeEach(async () => {
    t = await testDeps();
    const tabs = { loadReader: async () => undefined, showInPage: async () => undefined, hideInPageEverywhere: async () => undefined, keepBadgesOnLists: async () => undefined, loadRich: async () => undefined };
    handle = createRouter(createHandlers(t.deps, tabs), SELF);
  });

  it.each([
    ['another reason and an older date', 'Team list', '2020-01-01T00:00:00.000Z'],
    ['another reason, the same date', 'Team list', '2026-11-23T09:00:00.000Z'],
    ['the same reason, another date', MINE, '2027-01-01'],
    ['the same reason and date', MINE, '2026-11-23T09:00:00.000Z'],
  ])('keeps the user\'s own entry for a person the file lists with %s, and counts it unchanged, not new', async (_name, reason, date) => {
    await blockKevin();
    const before = await dumpAll(t.deps);
    const res = await send('blocklist/import', { text: `${HEADER}\r\nxing,Kevin_Brooks3,Kevin Brooks,${reason},${date}\r\nxing,Priya_Raman,,Team list,2026-11-20\r\n` });
    expect(res).toEqual({ added: 1, unchanged: 1, repeated: 0, errors: [] });
    const after = await dumpAll(t.deps);
    expect(after.blocklist!.find((e) => (e as BlockEntry).key === 'Kevin_Brooks3')).toEqual(before.blocklist![0]);
  });

  it('keeps the name column: a shared file imported and exported again (as the dashboard exports) still names each person', async () => {
    await send('blocklist/import', { text: `${HEADER}\r\nlinkedin,js-8b1a2c3d,Jana Schmidt,Spam,2026-11-20T10:00:00.000Z\r\n` });
    const { items, names } = await list();
    expect(items).toEqual([{ v: 1, id: 'linkedin:js-8b1a2c3d', platform: 'linkedin', key: 'js-8b1a2c3d', name: 'Jana Schmidt', reason: 'Spam', at: Date.UTC(2026, 10, 20, 10) }]);
    expect(exportCsv(items, new Map(names.map((n) => [n.id, n.name])))).toContain('Jana Schmidt');
  });

  it('names a person blocked from the request list by the journal\'s name, which the export writes', async () => {
    await blockKevin();
    const { items, names } = await list();
    expect(items[0]).not.toHaveProperty('name');
    expect(names).toEqual([{ id: 'xing:Kevin_Brooks3', name: 'Kevin Brooks' }]);
    expect(JSON.parse(exportJson(items, new Map(names.map((n) => [n.id, n.name]))))).toMatchObject([{ key: 'Kevin_Brooks3', name: 'Kevin Brooks', reason: MINE }]);
  });

  it('flags the member whose profile address a team put in the key column', async () => {
    const res = await send('blocklist/import', { text: `${HEADER}\r\nlinkedin,https://www.linkedin.com/in/lucas-moreau/,Lucas Moreau,Spam,2026-11-20\r\n` });
    expect(res).toMatchObject({ added: 1, errors: [] });
    const badges = await send<{ items: { key: string; blocked?: unknown }[] }>('inpage/requests', { platform: 'linkedin', direction: 'received', keys: ['lucas-moreau'] }, LINKEDIN_LIST);
    expect(badges.items[0]).toHaveProperty('blocked');
  });

  it('puts a removed entry back exactly, its name too, by re-importing it (the dashboard\'s Undo)', async () => {
    await send('blocklist/import', { text: `${HEADER}\r\nxing,Kevin_Brooks3,Kevin Brooks,"Spam, ""e-book""",20.11.2026 10:05\r\n` });
    const { items: [entry] } = await list();
    await send('blocklist/remove', { platform: 'xing', key: 'Kevin_Brooks3' });
    expect((await list()).items).toEqual([]);
    expect(await send('blocklist/import', { text: exportJson([entry!]) })).toEqual({ added: 1, unchanged: 0, repeated: 0, errors: [] });
    expect((await list()).items).toEqual([entry]);
  });
});
