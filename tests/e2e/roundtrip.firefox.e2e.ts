import { afterEach, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';

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
});
