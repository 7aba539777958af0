import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';

// A XING profile URL whose page has a layout no parser knows (as after a site redesign).
const REDESIGNED = {
  url: 'https://www.xing.com/profile/Greta_Neumann',
  html: `<!doctype html><html lang="de"><head><title>XING</title></head><body>
    <header><a href="/profile/my_profile">Sabine Krüger</a></header>
    <main><section><div><span>Greta</span> <span>Neumann</span></div><p>Völlig neues Layout 2027</p></section></main></body></html>`,
};

describe('Chromium: a layout that is not recognised', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('stores nothing, says so in the popup with the page type, offers manual entry, and counts it in Diagnostics', async () => {
    session = await launchChromium([REDESIGNED]);
    const site = await session.context.newPage();
    await site.goto(REDESIGNED.url);
    await site.waitForTimeout(1500);

    const popup = await session.openExtensionPage('popup.html');
    const alert = popup.getByRole('alert');
    // First "reading" (the site may still be rendering it), then, once the page has had its time, the failure.
    await expect.poll(() => popup.getByRole('status').first().textContent(), { timeout: 5_000 }).toMatch(/Reading this XING page/);
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/This page \(XING profile\) could not be read: the page's layout was not recognised/);
    type Stats = { data: { counts: Record<string, number>; diagnostics: { pageType: string; failures: number }[] } };
    const stats = () => sendFromPage<Stats>(popup, 'journal/stats');
    expect((await stats()).data.counts.people).toBe(0);
    // Counted once the page has had its time to render (a single-page app may fill it in late), once only.
    await expect.poll(async () => (await stats()).data.diagnostics, { timeout: 15_000 }).toEqual([expect.objectContaining({ pageType: 'xing.profile', failures: 1 })]);

    // Manual entry: the user types what matters, and only that is stored.
    await popup.getByLabel('Name').fill('Greta Neumann');
    await popup.getByLabel('Company').fill('Nordlicht Software AG');
    await popup.getByRole('button', { name: 'Save to journal' }).click();
    await expect.poll(() => popup.locator('.person-name').textContent(), { timeout: 10_000 }).toBe('Greta Neumann');

    const dashboard = await session.openExtensionPage('options.html#diagnostics');
    await expect.poll(() => dashboard.locator('tr[data-page-type="xing.profile"] td.num').allTextContents(), { timeout: 10_000 }).toEqual(['0', '1', '0']); // successes, failures, skipped cards
    expect(session.extensionRequests).toEqual([]);
  });
});
