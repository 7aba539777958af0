import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { fixture } from './helpers/fixtures';

// Issue 15 / review-firefox finding 1: Firefox may withhold the site access (Extensions panel, about:addons, policy,
// `extensions.originControls.grantByDefault`). No content script runs and the popup sees no tab address: it must say
// that access is missing and offer to allow it, never "not a XING or LinkedIn page".
const xing = fixture('xing', 'profile-2025-en.html');
const person = xing.expect.person!;
const MISSING = 'Handschlag may not read XING and LinkedIn in this browser.';
const NOT_SUPPORTED = 'This page is not a XING or LinkedIn page Handschlag reads.';
const FALSE_PROMISE = 'Open your contact requests on XING or LinkedIn and Handschlag reads them.';
const SITES = ['https://www.linkedin.com/*', 'https://www.xing.com/*']; // sorted

type Ext = {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { getURL(p: string): string; sendMessage(m: unknown): Promise<{ data?: { view: unknown } }> };
};
const ext = () => (globalThis as unknown as { browser: Ext }).browser;

/** The granted origins, once each (Firefox may list an origin twice: from host_permissions and content_scripts). */
const origins = (popup: Page) => popup.evaluate(`(${ext})().permissions.getAll().then((p) => [...new Set(p.origins ?? [])].sort())`) as Promise<string[]>;
/** The popup's panel text, '' while the page is between documents. */
const panel = (popup: Page) => popup.evaluate(() => document.querySelector('main.popup [role="tabpanel"]')?.textContent ?? '').catch(() => '');
const selected = (popup: Page) => popup.evaluate(() => document.querySelector('main.popup [role="tab"][aria-selected="true"]')?.id ?? null).catch(() => null);
/** The popup's whole text: the false sentences must be nowhere in it. */
const whole = (popup: Page) => popup.evaluate(() => document.querySelector('main.popup')?.textContent ?? '').catch(() => '');

/** Reloads the popup page from inside (page.reload() never settles for moz-extension:// over BiDi) and waits for the new document. */
async function reloadPopup(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    (window as unknown as { stale: boolean }).stale = true;
    location.reload();
  });
  await expect.poll(() => popup.evaluate(() => !(window as unknown as { stale?: boolean }).stale && !!document.querySelector('main.popup')).catch(() => false), { timeout: 15_000, interval: 200 }).toBe(true);
}

describe('Firefox ESR: site access withheld (grantByDefault false)', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('says that access is missing on Requests and This page, and after "Allow access" and "Reload page" reads the profile', async () => {
    session = await launchFirefox([{ url: xing.url, file: `xing/${xing.file}` }], {
      prefs: {
        'extensions.originControls.grantByDefault': false,
        // The permission dialog cannot be clicked in headless Firefox: with this pref Firefox grants what
        // `permissions.request` asks for without showing it. The request still comes from the popup's own button.
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    const site = await session.openSitePage(xing.url);
    const popup = await session.openExtensionPage('popup.html', 'main.popup');

    // The setting took: no site access, so the popup sees the XING tab without its address.
    expect(await origins(popup)).toEqual([]);
    await site.bringToFront();
    const active = (await popup.evaluate(`(${ext})().tabs.query({ active: true, currentWindow: true })`)) as { id?: number; url?: string }[];
    expect(active).toHaveLength(1);
    expect(active[0]!.id).toBeTypeOf('number');
    expect(active[0]!.url).toBeUndefined();

    // The popup as opened over the XING tab (it is open in a tab of its own, so it speaks about the active tab).
    await reloadPopup(popup);
    await expect.poll(() => panel(popup), { timeout: 15_000, interval: 200 }).toContain(MISSING);
    expect(await selected(popup)).toBe('popup-tab-requests');
    expect(await panel(popup)).toContain('Allow access');
    expect(await panel(popup)).toContain('No pending requests captured yet.');
    expect(await panel(popup)).not.toContain(FALSE_PROMISE);
    expect(await whole(popup)).not.toContain(NOT_SUPPORTED);

    await popup.evaluate(() => (document.getElementById('popup-tab-page') as HTMLButtonElement).click());
    await expect.poll(() => selected(popup), { timeout: 5_000, interval: 100 }).toBe('popup-tab-page');
    await expect.poll(() => panel(popup), { timeout: 10_000, interval: 200 }).toContain(MISSING);
    expect(await panel(popup)).toContain('Allow access');
    expect(await whole(popup)).not.toContain(NOT_SUPPORTED);
    // No content script ran: the profile was not read.
    const known = () => popup.evaluate(`(${ext})().runtime.sendMessage({ type: 'person/get', payload: { platform: 'xing', key: ${JSON.stringify(person.key)} } }).then((r) => r.data?.view ? 'known' : 'unknown')`);
    expect(await known()).toBe('unknown');

    // "Allow access", clicked with input events over BiDi (as a user's click: the browser asks only from a gesture).
    await popup.bringToFront();
    await popup.click('[data-testid="site-access"] button');
    await expect.poll(() => origins(popup), { timeout: 10_000, interval: 200 }).toEqual(SITES);
    // Firefox starts no content script in an open tab: This page asks for a reload, and offers it.
    await expect.poll(() => panel(popup), { timeout: 15_000, interval: 200 }).toContain('Handschlag is not running on this page yet.');
    expect(await whole(popup)).not.toContain(MISSING);
    expect(await whole(popup)).not.toContain(NOT_SUPPORTED);

    const reload = await popup.waitForSelector('::-p-text(Reload page)', { timeout: 5_000 });
    await reload!.click();
    await expect.poll(() => popup.evaluate(() => document.querySelector('.person-name')?.textContent ?? null).catch(() => null), { timeout: 30_000, interval: 500 }).toBe(person.name);
    expect(await known()).toBe('known');
    expect(await whole(popup)).not.toContain(NOT_SUPPORTED);
    expect(session.extensionRequests).toEqual([]);
  });

  it('with site access granted (the default) says nothing about it', async () => {
    session = await launchFirefox([{ url: xing.url, file: `xing/${xing.file}` }], { prefs: { 'extensions.originControls.grantByDefault': true } });
    const site = await session.openSitePage(xing.url);
    const popup = await session.openExtensionPage('popup.html', 'main.popup');
    expect(await origins(popup)).toEqual(SITES);
    await site.bringToFront();
    await reloadPopup(popup);
    // A profile tab the popup can see: it opens on This page (the person, or "not in your journal" while it is read).
    await expect.poll(() => selected(popup), { timeout: 15_000, interval: 200 }).toBe('popup-tab-page');
    await expect.poll(() => panel(popup), { timeout: 15_000, interval: 200 }).toContain(person.name);
    const notice = () => popup.evaluate(() => document.querySelectorAll('[data-testid="site-access"]').length);
    expect(await notice()).toBe(0);
    await popup.evaluate(() => (document.getElementById('popup-tab-requests') as HTMLButtonElement).click());
    await expect.poll(() => panel(popup), { timeout: 5_000, interval: 100 }).toContain(FALSE_PROMISE);
    expect(await notice()).toBe(0);
    expect(await whole(popup)).not.toContain(MISSING);
  });
});
