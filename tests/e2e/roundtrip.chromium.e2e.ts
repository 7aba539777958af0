import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import type { ServedPage } from '../../scripts/lib/site-server';

const GUEST_PROFILE: ServedPage = {
  url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  file: 'linkedin/real/guest_public-profile_author-own_2024-05.html',
};
const AUTHWALL: ServedPage = {
  url: 'https://www.linkedin.com/in/someone-behind-the-wall/',
  file: 'linkedin/real/guest_authwall_login-or-signup_2024-06.html',
};

describe('Chromium: page → content script → journal → popup', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('captures a real LinkedIn profile page and the popup shows the person', async () => {
    session = await launchChromium([GUEST_PROFILE, AUTHWALL]);
    const site = await session.context.newPage();
    // The page's own world must see no trace of the extension (LinkedIn looks for them).
    // A page that knows our extension id could listen for WXT's start event: it must never fire.
    await site.addInitScript((id) => {
      const seen: unknown[] = [];
      (window as unknown as { __seen: unknown[] }).__seen = seen;
      addEventListener('message', (event) => seen.push(event.data));
      for (const name of [`${id}:linkedin:wxt:content-script-started`, 'wxt:content-script-started']) {
        document.addEventListener(name, () => seen.push(name));
        addEventListener(name, () => seen.push(name));
      }
    }, session.extensionId);
    await site.goto(GUEST_PROFILE.url);

    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(async () => {
      await popup.reload();
      return popup.locator('.person-name').textContent({ timeout: 2000 }).catch(() => null);
    }, { timeout: 20_000 }).toBe('Eduardo Alvarez Nowak');
    await expect(popup.locator('.person-card').textContent()).resolves.toContain('500+ contacts');
    expect(await site.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen)).toEqual([]);
    expect(await site.evaluate(() => document.documentElement.outerHTML.includes('chrome-extension://'))).toBe(false);

    // The dashboard lists the same person from the journal.
    const dashboard = await session.openExtensionPage('options.html#people');
    await expect.poll(() => dashboard.locator('table.data tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await expect(dashboard.locator('table.data tbody').textContent()).resolves.toContain('Eduardo Alvarez Nowak');

    // A login wall at a profile URL is never stored as a person.
    await site.goto(AUTHWALL.url);
    await site.waitForTimeout(1500);
    await dashboard.goto(dashboard.url().replace(/#.*$/, '#diagnostics'));
    await expect.poll(() => dashboard.locator('tr[data-store="people"] td.num').textContent(), { timeout: 10_000 }).toBe('1');

    expect(session.extensionRequests).toEqual([]);
  });

  it('with automatic capture off, reads a profile only when the user asks in the popup', async () => {
    session = await launchChromium([GUEST_PROFILE]);
    const dashboard = await session.openExtensionPage('options.html#settings');
    const auto = dashboard.getByLabel('Read XING and LinkedIn pages automatically');
    await auto.uncheck();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toBe('Saved.');

    const site = await session.context.newPage();
    await site.goto(GUEST_PROFILE.url);
    await site.waitForTimeout(1500);
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('.empty p').first().textContent(), { timeout: 10_000 }).toBe('Not in your journal yet.');
    await popup.getByRole('button', { name: 'Save this profile' }).click();
    await expect.poll(() => popup.locator('.person-name').textContent(), { timeout: 10_000 }).toBe('Eduardo Alvarez Nowak');
    expect(session.extensionRequests).toEqual([]);
  });
});
