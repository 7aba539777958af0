import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { fixture } from './helpers/fixtures';
import { NAMING_US } from './helpers/site-sim';
import { HOSTS } from '../../scripts/lib/our-hosts';

const xing = fixture('xing', 'profile-2025-en.html');
// HANDSCHLAG_SHOTS=<dir> keeps a screenshot of the card (the closed root hides its text from WebDriver BiDi).
const SHOTS = process.env.HANDSCHLAG_SHOTS;

type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: any }> } };
const send = (ext: Page, type: string, payload: object) =>
  ext.evaluate((t, p) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage({ type: t, payload: p }), type, payload);
/** Our host element on the page, as the page sees it: a closed root, its size from the card's inlined styles. */
const host = (page: Page) =>
  page.evaluate(`(() => {
    const found = ${HOSTS};
    if (!found.length) return null;
    const r = found[0].getBoundingClientRect();
    return { count: found.length, width: Math.round(r.width), height: Math.round(r.height) };
  })()`) as Promise<{ count: number; width: number; height: number } | null>;

describe('Firefox ESR: the recognition card', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows no card for a person only read, and the card after a logged meeting', async () => {
    session = await launchFirefox([{ url: xing.url, file: `xing/${xing.file}` }]);
    const site = await session.openSitePage(xing.url);
    const ext = await session.openExtensionPage('popup.html', 'main.popup');
    const key = xing.expect.person!.key;
    await expect.poll(async () => (await send(ext, 'person/get', { platform: 'xing', key })).data?.view?.person.id, { timeout: 30_000, interval: 500 }).toBeTruthy();
    expect(await host(site)).toBeNull();

    const personId = (await send(ext, 'person/get', { platform: 'xing', key })).data.view.person.id as string;
    expect((await send(ext, 'meeting/log', { personId, eventName: 'AUFSCHWUNG-Messe', at: Date.UTC(2026, 2, 14, 12) })).ok).toBe(true);
    await site.evaluate(() => location.reload());
    await expect.poll(() => host(site), { timeout: 20_000, interval: 500 }).toMatchObject({ count: 1, width: 340 });
    expect((await host(site))!.height).toBeGreaterThan(100); // rendered, with its lines and buttons
    expect(await site.evaluate(NAMING_US)).toEqual([]);
    if (SHOTS) await site.screenshot({ path: `${SHOTS}/firefox-card.png` });

    await send(ext, 'settings/update', { patch: { inPageBadges: false } });
    await expect.poll(() => host(site), { timeout: 10_000, interval: 500 }).toBeNull();
    expect(session.extensionRequests).toEqual([]);
  });
});
