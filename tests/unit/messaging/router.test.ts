import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { dumpAll, testDeps } from '../helpers/journal';

const SELF = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const POPUP: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const DASHBOARD_TAB: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab: { id: 9 }, frameId: 0 };
const XING_TAB: SenderInfo = { id: 'ext-id', url: 'https://www.xing.com/profile/Jana_Schmidt12', tab: { id: 3 }, frameId: 0 };
const LINKEDIN_TAB: SenderInfo = { id: 'ext-id', url: 'https://www.linkedin.com/in/tobias-lang/', tab: { id: 4 }, frameId: 0 };

const capture = {
  type: 'capture/profile',
  payload: { platform: 'xing', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt' } },
};

describe('message router', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
  });

  it('accepts a capture from a XING tab and lets an extension page read it back', async () => {
    const res = await handle(capture, XING_TAB);
    expect(res).toEqual({ ok: true, data: { personId: 'id-1', created: true, changed: true } });
    const view = await handle({ type: 'person/get', payload: { platform: 'xing', key: 'Jana_Schmidt12' } }, POPUP);
    expect(view.ok && view.data).toMatchObject({ view: { person: { displayName: 'Jana Schmidt' } } });
    const list = await handle({ type: 'people/list', payload: { limit: 5 } }, DASHBOARD_TAB);
    expect(list.ok && list.data).toMatchObject({ total: 1 });
  });

  it('answers searches from a cached index that every write refreshes', async () => {
    await handle(capture, XING_TAB);
    const first = await handle({ type: 'people/list', payload: { query: 'schmidt', limit: 5 } }, POPUP);
    expect(first.ok && first.data).toMatchObject({ total: 1 });
    await handle({ type: 'capture/profile', payload: { platform: 'xing', url: 'https://www.xing.com/profile/Uwe_Schmidt', facts: { name: 'Uwe Schmidt' } } }, { ...XING_TAB, url: 'https://www.xing.com/profile/Uwe_Schmidt' });
    const second = await handle({ type: 'people/list', payload: { query: 'schmidt', limit: 5 } }, POPUP);
    expect(second.ok && second.data).toMatchObject({ total: 2 });
  });

  // Each row: a message that must be refused with the given code and must leave every store untouched.
  const rejected: [string, unknown, SenderInfo, string][] = [
    ['not an object', 'hello', XING_TAB, 'bad-envelope'],
    ['an array', [capture], XING_TAB, 'bad-envelope'],
    ['an unknown type', { type: 'journal/drop', payload: {} }, POPUP, 'unknown-type'],
    ['a prototype key as type', { type: 'constructor', payload: {} }, POPUP, 'unknown-type'],
    ['a capture without facts', { type: 'capture/profile', payload: { platform: 'xing', url: capture.payload.url } }, XING_TAB, 'invalid-request'],
    ['a capture with an empty name', { ...capture, payload: { ...capture.payload, facts: { name: '' } } }, XING_TAB, 'invalid-request'],
    ['a capture with a wrong platform value', { ...capture, payload: { ...capture.payload, platform: 'facebook' } }, XING_TAB, 'invalid-request'],
    ['a capture with a negative contact count', { ...capture, payload: { ...capture.payload, facts: { name: 'X', contacts: { count: -1, atLeast: false } } } }, XING_TAB, 'invalid-request'],
    ['a LinkedIn fact from a XING tab', { type: 'capture/profile', payload: { platform: 'linkedin', url: 'https://www.linkedin.com/in/x/', facts: { name: 'X' } } }, XING_TAB, 'forbidden-sender'],
    ['a capture from the popup', capture, POPUP, 'forbidden-sender'],
    ['a settings change from a content script', { type: 'settings/update', payload: { patch: { autoCapture: false } } }, LINKEDIN_TAB, 'forbidden-sender'],
    ['a message from another extension', capture, { ...XING_TAB, id: 'other-ext' }, 'forbidden-sender'],
    ['a message without sender id', capture, { url: XING_TAB.url, tab: { id: 1 } }, 'forbidden-sender'],
    ['a capture from a subframe', capture, { ...XING_TAB, frameId: 2 }, 'forbidden-sender'],
    ['a capture from another site', capture, { id: 'ext-id', url: 'https://evil.example/profile/Jana', tab: { id: 1 }, frameId: 0 }, 'forbidden-sender'],
    ['a capture from http XING', capture, { id: 'ext-id', url: 'http://www.xing.com/profile/Jana_Schmidt12', tab: { id: 1 }, frameId: 0 }, 'forbidden-sender'],
    ['a look-alike host', capture, { id: 'ext-id', url: 'https://www.xing.com.evil.example/profile/x', tab: { id: 1 }, frameId: 0 }, 'forbidden-sender'],
    ['a page of another extension', { type: 'settings/update', payload: { patch: {} } }, { id: 'ext-id', url: 'chrome-extension://other/popup.html' }, 'forbidden-sender'],
    ['a capture whose URL is not a profile', { ...capture, payload: { ...capture.payload, url: 'https://www.xing.com/contacts/requests' } }, XING_TAB, 'forbidden-sender'],
    ['a capture whose URL is not the page the tab shows', { ...capture, payload: { ...capture.payload, url: 'https://www.xing.com/profile/Uwe_Schmidt' } }, XING_TAB, 'forbidden-sender'],
    ['a capture whose URL is not a profile, from a tab on that page', { ...capture, payload: { ...capture.payload, url: 'https://www.xing.com/contacts/requests' } }, { ...XING_TAB, url: 'https://www.xing.com/contacts/requests' }, 'handler-failed'],
    ['settings out of order', { type: 'settings/update', payload: { patch: { genuineBelow: 90, collectorFrom: 10 } } }, POPUP, 'invalid-settings'],
  ];

  it.each(rejected)('rejects %s and writes nothing', async (_name, message, sender, code) => {
    await handle(capture, XING_TAB); // some data, so "unchanged" means something
    const before = await dumpAll(t.deps);
    const res = await handle(message, sender);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe(code);
      expect(res.error.message.length).toBeGreaterThan(0);
    }
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it('survives random garbage without writing or throwing', async () => {
    const before = await dumpAll(t.deps);
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values = [null, undefined, 0, -1, 1e308, '', 'x'.repeat(5000), [], {}, { name: 1 }, true, '__proto__'];
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const types = ['capture/profile', 'person/get', 'people/list', 'settings/update', 'journal/stats', 'nope', 7];
    for (let i = 0; i < 300; i++) {
      const payload = rnd() < 0.5 ? pick(values) : { platform: pick(['xing', 'linkedin', 5]), url: pick(values), facts: pick(values), patch: pick(values), limit: pick(values) };
      const res = await handle({ type: pick(types), payload }, pick([XING_TAB, LINKEDIN_TAB, { id: 'x' }]));
      expect(typeof res.ok).toBe('boolean');
    }
    expect(await dumpAll(t.deps)).toEqual(before);
  });

  it("loads a site's full reader into the asking content script's own tab, and only for its own site", async () => {
    const loaded: [number, string][] = [];
    const withTabs = createRouter(createHandlers(t.deps, { loadReader: async (tabId, platform) => void loaded.push([tabId, platform]) }), SELF);
    expect(await withTabs({ type: 'page/load-reader', payload: { platform: 'xing' } }, XING_TAB)).toEqual({ ok: true, data: {} });
    expect(await withTabs({ type: 'page/load-reader', payload: { platform: 'linkedin' } }, XING_TAB)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await withTabs({ type: 'page/load-reader', payload: { platform: 'xing' } }, POPUP)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await withTabs({ type: 'page/load-reader', payload: { platform: 'xing' } }, { ...XING_TAB, frameId: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(loaded).toEqual([[3, 'xing']]);
  });
});
