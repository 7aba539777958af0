import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { dumpAll, testDeps } from '../helpers/journal';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const POPUP: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const PROFILE_URL = 'https://www.xing.com/profile/Jana_Schmidt';
const LIST_URL = 'https://www.xing.com/contacts/requests';
const CHAT_URL = 'https://www.xing.com/chats/123';
const tab = (url: string): SenderInfo => ({ id: 'ext', url, tab: { id: 1 }, frameId: 0 });

// Every read a content script makes on its own, as it sends it (`auto: true`).
const AUTOMATIC_READS = [
  ['a profile', 'capture/profile', { platform: 'xing', url: PROFILE_URL, facts: { name: 'Jana Schmidt' } }, PROFILE_URL],
  ['a request list', 'capture/requests', { platform: 'xing', url: LIST_URL, direction: 'received', requests: [{ key: 'Ben_Olsen', name: 'Ben Olsen', note: '' }] }, LIST_URL],
  ['a conversation', 'capture/messages', { platform: 'xing', url: CHAT_URL, messages: [{ senderName: 'Ben Olsen', text: 'Hallo' }] }, CHAT_URL],
  ['a failed read', 'capture/failed', { platform: 'xing', url: PROFILE_URL, pageType: 'xing.profile', error: { code: 'missing-name', message: 'no name' } }, PROFILE_URL],
] as const;

describe('the automatic-capture setting', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  const setAuto = async (autoCapture: boolean) => {
    const res = await handle({ type: 'settings/update', payload: { patch: { autoCapture } } }, POPUP);
    expect(res.ok).toBe(true);
  };

  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
  });

  it.each(AUTOMATIC_READS)('when off, %s read automatically is refused with capture-off and writes nothing', async (_, type, payload, url) => {
    await setAuto(false);
    const before = await dumpAll(t.deps);
    const res = await handle({ type, payload: { ...payload, auto: true } }, tab(url));
    expect(res).toEqual({ ok: false, error: { code: 'capture-off', message: 'automatic capture is off' } });
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it.each(AUTOMATIC_READS)('when off, %s the user asked for (no auto flag) is recorded', async (_, type, payload, url) => {
    await setAuto(false);
    const res = await handle({ type, payload }, tab(url));
    expect(res.ok).toBe(true);
  });

  it.each(AUTOMATIC_READS)('when on (the default), %s read automatically is recorded', async (_, type, payload, url) => {
    const res = await handle({ type, payload: { ...payload, auto: true } }, tab(url));
    expect(res.ok).toBe(true);
  });

  it('content scripts cannot read the settings any more (they never need to)', async () => {
    const res = await handle({ type: 'settings/get', payload: {} }, tab(PROFILE_URL));
    expect(res.ok ? 'ok' : res.error.code).toBe('forbidden-sender');
  });

  it('switching it on again records the next automatic read', async () => {
    await setAuto(false);
    const [, type, payload, url] = AUTOMATIC_READS[0];
    expect((await handle({ type, payload: { ...payload, auto: true } }, tab(url))).ok).toBe(false);
    await setAuto(true);
    const res = await handle({ type, payload: { ...payload, auto: true } }, tab(url));
    expect(res.ok && (res.data as { created: boolean }).created).toBe(true);
  });
});
