import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { showInPlace } from '../../scripts/lib/in-page-navigation';
import { FIXTURES_DIR } from '../../scripts/lib/site-server';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { fixture } from './helpers/fixtures';
import { keptStorageKey, popupKeptKey } from '../../utils/messaging/kept';
import { POPUP_LIMIT } from '../../utils/messaging/limits';

const POPUP_KEPT = keptStorageKey(popupKeptKey(POPUP_LIMIT));

const GUEST_PROFILE = {
  url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  file: 'linkedin/real/guest_public-profile_author-own_2024-05.html',
};

const text = (page: import('puppeteer-core').Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector).catch(() => null);

describe('Firefox ESR: page → content script → journal → popup', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('captures a real LinkedIn profile page and the popup shows the person', async () => {
    session = await launchFirefox([GUEST_PROFILE]);
    await session.openSitePage(GUEST_PROFILE.url);
    const popup = await session.openExtensionPage('popup.html', 'main.popup');
    await expect
      .poll(async () => {
        // page.reload() never settles for moz-extension:// pages over BiDi; reload from inside.
        await popup.evaluate(() => location.reload()).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 300));
        return text(popup, '.person-name');
      }, { timeout: 30_000, interval: 1000 })
      .toBe('Eduardo Alvarez Nowak');
    expect(await text(popup, '.person-card')).toContain('500+ contacts');
    expect(session.extensionRequests).toEqual([]);
  });

  it('reads a profile that the site shows by in-page navigation, and a request list after it (the full reader loaded into the tab)', async () => {
    const [first, second, received] = ['profile-2025-de.html', 'profile-2025-en.html', 'requests-received-2025-de.html'].map((file) => fixture('xing', file));
    session = await launchFirefox([{ url: first!.url, file: `xing/${first!.file}` }]);
    const site = await session.openSitePage(first!.url);
    const ext = await session.openExtensionPage('popup.html', 'main.popup');
    const known = (key: string) =>
      ext.evaluate(async (k) => {
        type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ data?: { view: { person: { displayName: string } } | null } }> } };
        const res = await (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage({ type: 'person/get', payload: { platform: 'xing', key: k } });
        return res.data?.view?.person.displayName ?? null;
      }, key);
    await expect.poll(() => known(first!.expect.person!.key), { timeout: 30_000, interval: 500 }).toBe(first!.expect.person!.name);

    // A click on a profile link: the site pushes the new URL and renders the other profile in place.
    const html = readFileSync(resolve(FIXTURES_DIR, 'xing', second!.file), 'utf8');
    await site.evaluate(showInPlace, [html, new URL(second!.url).pathname] as const);
    await expect.poll(() => known(second!.expect.person!.key), { timeout: 30_000, interval: 500 }).toBe(second!.expect.person!.name);

    // On to the request list in place: the tab has only the profile reader, so the background loads the full one.
    const pending = () =>
      ext.evaluate(async () => {
        type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ data?: { items: { request: { key: string } }[] } }> } };
        const res = await (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage({ type: 'requests/pending', payload: {} });
        return (res.data?.items ?? []).map((i) => i.request.key).sort();
      });
    const list = readFileSync(resolve(FIXTURES_DIR, 'xing', received!.file), 'utf8');
    await site.evaluate(showInPlace, [list, new URL(received!.url).pathname] as const);
    await expect.poll(pending, { timeout: 30_000, interval: 500 }).toEqual(received!.expect.requests!.map((r) => r.key).sort());

    // The popup's list from the answer the worker keeps in storage.session once writes settle, read by the popup
    // itself (an extension page may read storage.session in Firefox too).
    const kept = () =>
      ext.evaluate(async (k) => {
        type Storage = { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        return (await (globalThis as unknown as { browser: Storage }).browser.storage.session.get(k))[k] !== undefined;
      }, POPUP_KEPT);
    await expect.poll(kept, { timeout: 30_000, interval: 500 }).toBe(true);
    await ext.evaluate(() => location.reload()).catch(() => undefined);
    await expect.poll(() => ext.evaluate(() => document.querySelectorAll('li.request').length).catch(() => 0), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);
    expect(session.extensionRequests).toEqual([]);
  });
});
