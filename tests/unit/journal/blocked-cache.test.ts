import { beforeEach, describe, expect, it } from 'vitest';
import { exportJson } from '../../../utils/blocklist/file';
import { createHandlers } from '../../../utils/journal/handlers';
import { recordProfile } from '../../../utils/journal/profiles';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { testDeps } from '../helpers/journal';
import { sendThrough } from '../integrity/router-helpers';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const PAGE: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const XING_LIST: SenderInfo = { id: 'ext', url: 'https://www.xing.com/contacts/requests', tab: { id: 3 }, frameId: 0 };
const LINKEDIN_LIST: SenderInfo = { id: 'ext', url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/', tab: { id: 4 }, frameId: 0 };

// The worker keeps the blocklist it read for the badges (a team's list of thousands is one identity read per entry):
// every write that may change who is blocked drops it, a list growing card by card keeps it.
describe('the blocklist read kept for the badges', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  const send = sendThrough(() => handle, PAGE);
  const list = (platform: 'xing' | 'linkedin') => (platform === 'xing' ? XING_LIST : LINKEDIN_LIST);
  const blockedOn = async (platform: 'xing' | 'linkedin', key: string) =>
    (await send<{ items: { blocked?: { reason: string } }[] }>('inpage/requests', { platform, direction: 'received', keys: [key] }, list(platform))).items[0]?.blocked?.reason;
  const capture = (platform: 'xing' | 'linkedin', key: string) =>
    send('capture/requests', { platform, url: list(platform).url, direction: 'received', requests: [{ key, name: key.replace(/_/g, ' '), note: '' }] }, list(platform));
  const entry = (platform: 'xing' | 'linkedin', key: string, reason: string) => ({ v: 1 as const, id: `${platform}:${key}`, platform, key, reason, at: t.deps.now() });

  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
  });

  it('is kept while request cards arrive: a card from a key on the list is flagged by its key', async () => {
    await send('blocklist/import', { text: exportJson([entry('xing', 'Priya_Raman', 'Team list')]) });
    expect(await blockedOn('xing', 'Priya_Raman')).toBe('Team list');
    // Written past the worker (as no message does): only a kept read can miss it.
    await t.deps.db.put('blocklist', entry('xing', 'Ole_Berg', 'Written past the worker'));
    await capture('xing', 'Priya_Raman');
    await capture('xing', 'Ole_Berg');
    expect(await blockedOn('xing', 'Priya_Raman')).toBe('Team list');
    expect(await blockedOn('xing', 'Ole_Berg')).toBeUndefined();
  });

  it.each([
    ['an import of a blocklist file', async () => void (await send('blocklist/import', { text: exportJson([entry('xing', 'Ole_Berg', 'Second file')]) })), 'Second file'],
    ['a block from the page', async () => void (await send('inpage/flow-done', { platform: 'xing', direction: 'received', key: 'Ole_Berg', action: 'block', confirmed: [], reason: 'Spammer' }, XING_LIST)), 'Spammer'],
  ])('is read again after %s', async (_name, write, reason) => {
    await capture('xing', 'Ole_Berg');
    expect(await blockedOn('xing', 'Ole_Berg')).toBeUndefined();
    await write();
    expect(await blockedOn('xing', 'Ole_Berg')).toBe(reason);
  });

  it('is read again after a removal', async () => {
    await send('blocklist/import', { text: exportJson([entry('xing', 'Ole_Berg', 'Spammer')]) });
    expect(await blockedOn('xing', 'Ole_Berg')).toBe('Spammer');
    await send('blocklist/remove', { platform: 'xing', key: 'Ole_Berg' });
    expect(await blockedOn('xing', 'Ole_Berg')).toBeUndefined();
  });

  it('is read again after a merge makes a blocked XING member and a LinkedIn member one person', async () => {
    const xing = (await recordProfile(t.deps, { platform: 'xing', key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt' } })).personId;
    await capture('linkedin', 'jana-schmidt-koeln');
    const linkedin = (await t.deps.db.get('identities', 'linkedin:jana-schmidt-koeln'))!.personId;
    await send('blocklist/import', { text: exportJson([entry('xing', 'Jana_Schmidt12', 'Spammer')]) });
    expect(await blockedOn('linkedin', 'jana-schmidt-koeln')).toBeUndefined();
    await send('person/merge', { keepId: xing, mergeId: linkedin });
    expect(await blockedOn('linkedin', 'jana-schmidt-koeln')).toBe('Spammer');
  });
});
