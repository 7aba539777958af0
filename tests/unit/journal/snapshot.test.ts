// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { OFFSCREEN_PARSE, offscreenParseRequest, parseSnapshot, snapshotInputOf, type SnapshotInput } from '../../../utils/platforms/parse-snapshot';
import { dumpAll, testDeps } from '../helpers/journal';

// Issue 15: a profile reader sends its page copy (`capture/snapshot`); the background reads it with the injected
// reader (the offscreen document or the event page in the browser) and records it as capture/profile or
// capture/failed did when the page was read in the tab.

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const POPUP: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const RAHUL = 'https://www.xing.com/profile/Rahul_Mehta';
const OWN = 'https://www.xing.com/profile/Annika_Boehm3';
const tab = (url: string): SenderInfo => ({ id: 'ext', url, tab: { id: 1 }, frameId: 0 });
const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/xing', file), 'utf8');
const toDocument = (html: string) => new new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } }).DOMParser().parseFromString(html, 'text/html') as unknown as Document;
/** Not rendered yet: the page's frame without its content. */
const EMPTY = '<!DOCTYPE html><html><head><title>XING</title></head><body><main></main></body></html>';

describe('capture/snapshot', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  let reads: SnapshotInput[];

  beforeEach(async () => {
    t = await testDeps();
    reads = [];
    const readSnapshot = async (input: SnapshotInput) => (reads.push(input), parseSnapshot(input, toDocument));
    handle = createRouter(createHandlers(t.deps, { loadReader: () => Promise.resolve(), readSnapshot }), SELF);
  });
  const send = (url: string, html: string, settled: boolean, auto = true) => handle({ type: 'capture/snapshot', payload: { platform: 'xing', url, html, settled, auto } }, tab(url));

  it('records the person of a profile, as capture/profile does', async () => {
    const res = await send(RAHUL, fixture('profile-2025-en.html'), false);
    expect(res).toEqual({ ok: true, data: { state: 'recorded', pageType: 'xing.profile' } });
    const { people, identities } = await dumpAll(t.deps);
    expect(people).toMatchObject([{ displayName: 'Rahul Mehta' }]);
    expect(identities).toMatchObject([{ platform: 'xing', key: 'Rahul_Mehta' }]);
    expect(reads[0]).toMatchObject({ platform: 'xing', url: RAHUL, now: expect.any(Number), tzOffsetMin: expect.any(Number) });
  });

  it('a page not rendered yet is "not yet" and writes nothing; once settled, the failure is counted', async () => {
    const before = await dumpAll(t.deps);
    expect(await send(RAHUL, EMPTY, false)).toEqual({ ok: true, data: { state: 'not-yet', pageType: 'xing.profile' } });
    expect(await dumpAll(t.deps)).toEqual(before);
    const res = await send(RAHUL, EMPTY, true);
    expect(res).toMatchObject({ ok: true, data: { state: 'failed', error: { code: expect.stringMatching(/^(missing-|layout-not-recognised)/) } } });
    const stats = await handle({ type: 'journal/stats', payload: {} }, POPUP);
    expect(JSON.stringify(stats)).toContain('xing.profile');
  });

  it('the viewer\'s own profile is a failure at once (named), never a person', async () => {
    const res = await send(OWN, fixture('profile-own-2025-de.html'), false);
    expect(res).toMatchObject({ ok: true, data: { state: 'failed', pageType: 'xing.profile', error: { code: 'own-profile' } } });
    expect((await dumpAll(t.deps)).people).toEqual([]);
    // Left alone on purpose: not counted as a page that was not recognised.
    expect((await dumpAll(t.deps)).diagnostics).toEqual([]);
  });

  it('a tab can send only the page it shows, and only a profile', async () => {
    const other = await handle({ type: 'capture/snapshot', payload: { platform: 'xing', url: RAHUL, html: EMPTY, settled: true } }, tab(OWN));
    expect(other.ok ? 'ok' : other.error.code).toBe('forbidden-sender');
    const list = 'https://www.xing.com/contacts/requests';
    const notProfile = await handle({ type: 'capture/snapshot', payload: { platform: 'xing', url: list, html: EMPTY, settled: true } }, tab(list));
    expect(notProfile.ok ? 'ok' : notProfile.error.code).toBe('invalid-request');
    const fromPopup = await handle({ type: 'capture/snapshot', payload: { platform: 'xing', url: RAHUL, html: EMPTY, settled: true } }, POPUP);
    expect(fromPopup.ok ? 'ok' : fromPopup.error.code).toBe('forbidden-sender');
    expect(reads).toEqual([]);
  });

  it('while automatic capture is off, an automatic copy is refused before it is read; one the user asked for is recorded', async () => {
    await handle({ type: 'settings/update', payload: { patch: { autoCapture: false } } }, POPUP);
    const before = await dumpAll(t.deps);
    const res = await send(RAHUL, fixture('profile-2025-en.html'), false, true);
    expect(res).toEqual({ ok: false, error: { code: 'capture-off', message: 'automatic capture is off' } });
    expect(reads).toEqual([]);
    expect(await dumpAll(t.deps)).toEqual(before);
    expect(await send(RAHUL, fixture('profile-2025-en.html'), false, false)).toMatchObject({ ok: true, data: { state: 'recorded' } });
  });

  it('an answer of the reader that is not a page reading, or facts out of shape, write nothing', async () => {
    for (const answer of [null, { ok: true }, { ok: true, page: { pageType: 'xing.profile', person: { key: 'Rahul_Mehta', facts: { name: 'x'.repeat(600) } } } }]) {
      const h = createRouter(createHandlers(t.deps, { loadReader: () => Promise.resolve(), readSnapshot: () => Promise.resolve(answer) }), SELF);
      const before = await dumpAll(t.deps);
      const res = await h({ type: 'capture/snapshot', payload: { platform: 'xing', url: RAHUL, html: EMPTY, settled: true } }, tab(RAHUL));
      expect(res.ok).toBe(false);
      expect(await dumpAll(t.deps)).toEqual(before);
    }
  });

  it('a copy over the size limit is refused by the router', async () => {
    const res = await send(RAHUL, 'x'.repeat(4_000_001), true);
    expect(res.ok ? 'ok' : res.error.code).toBe('invalid-request');
  });
});

describe('snapshotInputOf (the offscreen page checks what it is asked to parse)', () => {
  const good = { platform: 'linkedin', url: 'https://www.linkedin.com/in/x/', html: '<p>', now: 1, tzOffsetMin: -60 };
  it.each([
    ['a good input', good, true],
    ['another site', { ...good, platform: 'facebook' }, false],
    ['no html', { ...good, html: undefined }, false],
    ['a clock that is not a number', { ...good, now: 'soon' }, false],
    ['an endless offset', { ...good, tzOffsetMin: Infinity }, false],
    ['nothing', null, false],
  ])('%s', (_, value, ok) => {
    expect(snapshotInputOf(value) !== null).toBe(ok);
  });
});

describe('offscreenParseRequest (the offscreen page answers its own service worker alone)', () => {
  const own = { id: 'ext', backgroundUrl: 'chrome-extension://ext/background.js' };
  const input = { platform: 'xing', url: 'https://www.xing.com/profile/A_B', html: '<p>', now: 1, tzOffsetMin: 0 };
  const worker = { id: 'ext', url: own.backgroundUrl };
  it.each([
    ['the worker asking', { type: OFFSCREEN_PARSE, input }, worker, true],
    ['another extension', { type: OFFSCREEN_PARSE, input }, { ...worker, id: 'other' }, false],
    ['a content script (a tab)', { type: OFFSCREEN_PARSE, input }, { ...worker, tab: { id: 3 } }, false],
    ['the popup', { type: OFFSCREEN_PARSE, input }, { id: 'ext', url: 'chrome-extension://ext/popup.html' }, false],
    ['another message of the worker', { type: 'import/progress', input }, worker, false],
    ['a bad input', { type: OFFSCREEN_PARSE, input: { ...input, now: 'x' } }, worker, false],
  ])('%s', (_, message, sender, ok) => {
    const got = offscreenParseRequest(message, sender, own);
    expect(got).toEqual(ok ? input : null);
  });
});
