import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import { showInPlace } from '../../scripts/lib/in-page-navigation';
import { FIXTURES_DIR } from '../../scripts/lib/site-server';
import { fixture } from './helpers/fixtures';
import { closedRootTexts, hostRootTypes, NAMING_US } from './helpers/site-sim';
import { HOST_FOCUSED, HOSTS } from '../../scripts/lib/our-hosts';
import { scriptsLoaded } from './helpers/scripts-loaded';

const xing = fixture('xing', 'profile-2025-de.html');
const other = fixture('xing', 'profile-2025-en.html');
const ask = <T = { ok: boolean; data: any }>(page: Page, type: string, payload: object) => sendFromPage<T>(page, type, payload);


/** Presses Tab until the page's focus is on our card's host (the closed root keeps what is inside to itself). */
async function tabToCard(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(HOST_FOCUSED)) return;
  }
  throw new Error('the card is not reachable by Tab');
}

describe('Chromium: the recognition card on profiles', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('loads no card code for an unknown person; after a logged meeting the profile shows the card, usable by keyboard', async () => {
    session = await launchChromium([{ url: xing.url, file: `xing/${xing.file}` }, { url: other.url, file: `xing/${other.file}` }]);
    const site = await session.context.newPage();
    let scripts = await scriptsLoaded(site);
    await site.goto(xing.url);
    const popup = await session.openExtensionPage('popup.html');
    const key = xing.expect.person!.key;
    const person = () => ask(popup, 'person/get', { platform: 'xing', key });
    await expect.poll(async () => (await person()).data.view?.person.displayName, { timeout: 20_000 }).toBe(xing.expect.person!.name);
    // Read into the journal, but nothing the user made of them: no card, and its code never reached the page.
    await site.waitForTimeout(1000);
    expect(await closedRootTexts(site)).toEqual([]);
    expect(scripts()).toContain('/content-scripts/xing-profile.js');
    expect(scripts()).not.toContain('/profile-card.js');

    // A meeting logged in the popup; the profile opened again shows the card.
    const personId = (await person()).data.view.person.id as string;
    const met = Date.UTC(2026, 2, 14, 12);
    expect((await ask(popup, 'meeting/log', { personId, eventName: 'AUFSCHWUNG-Messe', place: 'Frankfurt', at: met, notes: 'Lieferanten-Audits <b>besprochen</b>' })).ok).toBe(true);
    await site.close();
    const again = await session.context.newPage();
    scripts = await scriptsLoaded(again);
    await again.goto(xing.url);
    await expect.poll(async () => (await closedRootTexts(again)).join(''), { timeout: 15_000 }).toMatch(/Met at AUFSCHWUNG-Messe on Mar 14, 2026 in Frankfurt/);
    const [text] = await closedRootTexts(again);
    expect(text).toContain(xing.expect.person!.name);
    expect(text).toContain('Lieferanten-Audits <b>besprochen</b>'); // the note as text, not markup
    expect(text).toMatch(/Follow-up (due|overdue)/);
    expect(scripts().filter((s) => s === '/profile-card.js')).toHaveLength(1);
    // Nothing for the page to read: a closed root, no extension URL in the page.
    expect(await hostRootTypes(again)).toEqual(['closed']);
    expect(await again.evaluate(NAMING_US)).toEqual([]);
    expect(await again.evaluate(() => document.documentElement.outerHTML.includes('chrome-extension://'))).toBe(false);

    // Keyboard only: Tab reaches the card (Hide first), the next Tab is Log meeting; Enter opens the person page
    // in the dashboard with focus in the meeting form.
    await tabToCard(again);
    await again.keyboard.press('Tab');
    const dashboard = session.context.waitForEvent('page', { timeout: 10_000 });
    await again.keyboard.press('Enter');
    const page = await dashboard;
    await page.waitForLoadState();
    expect(page.url()).toMatch(new RegExp(`/options\\.html#person/${encodeURIComponent(personId)}/meeting$`));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('page-meeting-event');
    await page.close();
    await expect.poll(async () => (await closedRootTexts(again)).join(''), { timeout: 5000 }).toContain('The journal opened in a new tab.');

    // Escape hides the card for this page.
    await again.bringToFront();
    await again.keyboard.press('Escape');
    await expect.poll(async () => (await closedRootTexts(again)).length, { timeout: 5000 }).toBe(0);

    // Hidden only until the page is opened again.
    await again.reload();
    await expect.poll(async () => (await closedRootTexts(again)).length, { timeout: 15_000 }).toBe(1);

    // The site moves on in place to someone unknown: the card goes; back to the known person: it returns.
    const show = (entry: typeof xing) => again.evaluate(showInPlace, [readFileSync(resolve(FIXTURES_DIR, 'xing', entry.file), 'utf8'), new URL(entry.url).pathname] as const);
    await show(other);
    await expect.poll(async () => (await closedRootTexts(again)).length, { timeout: 10_000 }).toBe(0);
    await show(xing);
    await expect.poll(async () => (await closedRootTexts(again)).join(''), { timeout: 10_000 }).toMatch(/Met at AUFSCHWUNG-Messe/);

    // "Show results only in the popup" removes the card at once, and a reload brings none.
    await ask(popup, 'settings/update', { patch: { inPageBadges: false } });
    await expect.poll(async () => (await closedRootTexts(again)).length, { timeout: 10_000 }).toBe(0);
    await again.reload();
    await again.waitForTimeout(1500);
    expect(await closedRootTexts(again)).toEqual([]);
    expect(session.extensionRequests).toEqual([]);
  });

  it('sits in reading order: Tab from the profile heading reaches the card at once, shown on top without moving the page', async () => {
    const linkedin = fixture('linkedin', 'profile-2024-en.html');
    session = await launchChromium([{ url: linkedin.url, file: `linkedin/${linkedin.file}` }]);
    const site = await session.context.newPage();
    await site.goto(linkedin.url);
    const popup = await session.openExtensionPage('popup.html');
    const person = () => ask(popup, 'person/get', { platform: 'linkedin', key: linkedin.expect.person!.key });
    await expect.poll(async () => (await person()).data.view?.person.id, { timeout: 20_000 }).toBeTruthy();
    expect((await ask(popup, 'meeting/log', { personId: (await person()).data.view.person.id, eventName: 'AUFSCHWUNG-Messe', at: Date.UTC(2026, 2, 14, 12) })).ok).toBe(true);
    const below = () => site.evaluate(() => JSON.stringify(document.querySelector('main h1')!.closest('section')!.getBoundingClientRect()));
    await site.reload();
    // Measured once the page's layout has settled (fonts, e.g. the emoji fallback, can still change line breaks
    // right after the load event: a 48 px taller top card was seen once under load).
    await site.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
    const without = await below();
    await expect.poll(async () => (await closedRootTexts(site)).length, { timeout: 15_000 }).toBe(1);
    // The site's top card keeps its size and place; the card shows at the top right, in the top layer.
    expect(await below()).toBe(without);
    const host = await site.evaluate(`(() => {
      const el = ${HOSTS}[0];
      const r = el.getBoundingClientRect();
      return { top: r.top, right: innerWidth - r.right, onTop: el.matches(':popover-open'), inLink: !!el.closest('a') };
    })()`);
    expect(host).toEqual({ top: 72, right: 16, onTop: true, inLink: false });

    // A keyboard user at the heading (a screen reader's heading jump moves the focus start there).
    await site.evaluate(() => {
      const h1 = document.querySelector('main h1') as HTMLElement;
      h1.tabIndex = -1;
      h1.focus();
    });
    let presses = 0;
    while (presses < 3 && !(await site.evaluate(HOST_FOCUSED))) {
      await site.keyboard.press('Tab');
      presses++;
    }
    expect(await site.evaluate(HOST_FOCUSED)).toBe(true);
    // The first control there is Hide: Enter hides the card, and the page is as it was.
    await site.keyboard.press('Enter');
    await expect.poll(async () => (await closedRootTexts(site)).length, { timeout: 5000 }).toBe(0);
    expect(await below()).toBe(without);
  });
});

