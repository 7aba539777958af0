import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import { fixture } from './helpers/fixtures';
import { badgeIndexScript, closedRootTexts, hostRootTypes, NAMING_US, SIMULATE_SITE } from './helpers/site-sim';
import { FOCUSED_HOST_INDEX, HOSTS, HOSTS_IN, waitUntil } from '../../scripts/lib/our-hosts';

const xing = fixture('xing', 'requests-received-2025-en.html');
const linkedin = fixture('linkedin', 'invitations-received-2026-de.html');

/** Presses Tab until focus is inside our n-th host (the page sees only the host as focused: the root is closed). */
async function tabTo(page: Page, n: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(FOCUSED_HOST_INDEX)) === n) return;
  }
  throw new Error(`badge ${n} not reachable by Tab`);
}

/** A message to the background from an extension page, as the popup sends it. */
const ask = (page: Page, type: string, payload: object) => sendFromPage<{ ok: boolean; data: Record<string, unknown> }>(page, type, payload);

/**
 * As a user does: Tab on once the expanded badge shows its actions. The expanded badge's code loads when the pill gets
 * the focus, so Tabs pressed before it is there would move on to the next pill.
 */
async function expanded(site: Page, index: number): Promise<void> {
  await expect.poll(async () => (await closedRootTexts(site))[index], { timeout: 10_000 }).toMatch(/Block spammer|Spammer blockieren/);
}

describe('Chromium: badges on request lists and one-click blocking', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows a badge in a closed shadow root on every card, and "Block spammer" by keyboard clicks only the target card', async () => {
    session = await launchChromium([{ url: xing.url, file: `xing/${xing.file}` }]);
    const site = await session.context.newPage();
    await site.goto(xing.url);
    const cards = xing.expect.requests!.length;
    await waitUntil(site, `${HOSTS}.length === ${cards}`, 20_000);
    // Every badge says its band in words and its score (colour is not the only cue).
    await expect.poll(async () => (await closedRootTexts(site)).filter((t) => /(Collector\?|Unclear|Genuine) \d+/.test(t)).length, { timeout: 10_000 }).toBe(cards);
    // Nothing for the page to read: closed roots, no extension URL, no stylesheet or file of ours.
    expect(await hostRootTypes(site)).toEqual(Array(cards).fill('closed'));
    expect(await site.evaluate(NAMING_US)).toEqual([]);
    expect(await site.evaluate(() => document.documentElement.outerHTML.includes('chrome-extension://'))).toBe(false);

    await site.evaluate(SIMULATE_SITE);
    const target = 'Kevin_Brooks3';
    const targetIndex = (await site.evaluate(badgeIndexScript(target))) as number;
    await tabTo(site, targetIndex);
    await site.keyboard.press('Enter'); // expands
    await expanded(site, targetIndex);
    for (let i = 0; i < 5; i++) await site.keyboard.press('Tab'); // Accept, Decline, Genuine, Collector, Block spammer
    await site.keyboard.press('Enter');
    await site.waitForFunction((k) => !document.querySelector(`a[href*="${k}"]`), target, { timeout: 15_000 });

    const clicks = (await site.evaluate('window.__clicks')) as { owner: string; label: string }[];
    expect(clicks.length).toBeGreaterThanOrEqual(2); // menu, report, decline
    expect(clicks.filter((c) => c.owner !== target), JSON.stringify(clicks)).toEqual([]);
    expect(clicks.map((c) => c.label)).toEqual(expect.arrayContaining([expect.stringMatching(/report as spam/i), expect.stringMatching(/^Decline/)]));
    // The other cards and their badges stay.
    await waitUntil(site, `[...document.querySelectorAll('li[data-testid="contact-request-card"]')].flatMap(${HOSTS_IN}).length === ${cards - 1}`, 30_000);

    // The journal: blocklist entry, verdict spam, the request closed with its confirmed steps.
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(async () => ((await ask(popup, 'blocklist/list', {})).data.items as { key: string }[]).map((e) => e.key)).toEqual([target]);
    const pending = (await ask(popup, 'requests/pending', {})).data.items as { request: { key: string } }[];
    expect(pending.map((p) => p.request.key)).not.toContain(target);

    // "Show results only in the popup" removes every in-page element at once.
    await ask(popup, 'settings/update', { patch: { inPageBadges: false } });
    await waitUntil(site, `${HOSTS}.length === 0`, 10_000);
    expect(session.extensionRequests).toEqual([]);
  });

  it('stops without clicking when the target has a twin card, and says which step is left', async () => {
    session = await launchChromium([{ url: linkedin.url, file: `linkedin/${linkedin.file}` }], { locale: 'de-DE' });
    const site = await session.context.newPage();
    await site.goto(linkedin.url);
    const cards = linkedin.expect.requests!.length;
    await waitUntil(site, `${HOSTS}.length === ${cards}`, 20_000);
    await site.evaluate(SIMULATE_SITE);
    const target = linkedin.expect.requests![0]!.key;
    // The list rendered a second copy of the target's card (without our badge): the click target is ambiguous.
    await site.evaluate(`(() => {
      const card = document.querySelector('a[href*=${JSON.stringify(target)}]').closest('[role="listitem"]');
      const twin = card.cloneNode(true);
      ${HOSTS_IN}(twin).forEach((h) => h.remove());
      card.after(twin);
    })()`);
    const index = (await site.evaluate(badgeIndexScript(target))) as number;
    await tabTo(site, index);
    await site.keyboard.press('Enter');
    await expanded(site, index);
    for (let i = 0; i < 5; i++) await site.keyboard.press('Tab');
    await site.keyboard.press('Enter');
    // German UI (the browser's language): the badge says which step is left to do.
    await expect.poll(async () => (await closedRootTexts(site))[index], { timeout: 10_000 }).toMatch(/Angehalten\. Noch offen: ignorieren\./);
    expect(await site.evaluate('window.__clicks')).toEqual([]);
    expect(await site.evaluate((k) => document.querySelectorAll(`a[href*="${k}"]`).length, target)).toBeGreaterThan(1);
  });
});

describe('Chromium: popup triage', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('puts genuine and unclear requests first, folds the collectors with their count, moves by arrow keys, counts flagged on the icon', async () => {
    session = await launchChromium([{ url: xing.url, file: `xing/${xing.file}` }]);
    const site = await session.context.newPage();
    await site.goto(xing.url);
    const popup = await session.openExtensionPage('popup.html');
    const pending = async () => ((await ask(popup, 'requests/pending', {})).data.items as { score?: { band: string } }[]);
    await expect.poll(async () => (await pending()).filter((p) => p.score).length, { timeout: 15_000 }).toBe(xing.expect.requests!.length);
    const collectors = (await pending()).filter((p) => p.score?.band === 'collector').length;
    expect(collectors).toBeGreaterThan(0);
    await popup.reload();
    await popup.getByRole('tab', { name: /Requests/ }).click();
    const fold = popup.getByRole('button', { name: `Likely collectors (${collectors})` });
    await fold.waitFor();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    const shown = await popup.locator('li.request .badge').allTextContents();
    expect(shown.length).toBe(xing.expect.requests!.length - collectors);
    expect(shown.every((b) => !/Collector/.test(b))).toBe(true);
    // One Tab stop for the list: the first card; arrow keys move to the next.
    await popup.locator('li.request').first().focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => [...document.querySelectorAll('li.request')].indexOf(document.activeElement as Element))).toBe(1);
    expect(await popup.locator('li.request[tabindex="0"]').count()).toBe(1);
    await fold.click();
    expect(await popup.locator('li.request').count()).toBe(xing.expect.requests!.length);
    // The toolbar icon counts the flagged requests.
    const badgeText = () => popup.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
    await expect.poll(badgeText, { timeout: 10_000 }).toBe(String(collectors));
  });
});

describe('Chromium: blocklist in the dashboard', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('lists entries, refuses a malformed file with its errors and changes nothing, round-trips an exported file', async () => {
    session = await launchChromium([]);
    const dash = await session.openExtensionPage('options.html#blocklist');
    const file = 'platform,profile key,name,reason,date\nxing,Kevin_Brooks3,,Spam "e-book",2026-11-20T10:00:00.000Z\nlinkedin,lucas-moreau,,spam,2026-11-21T10:00:00.000Z\n';
    await dash.getByLabel('Import a file (JSON or CSV)').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await dash.getByRole('status').filter({ hasText: 'Imported: 2 new, 0 already there.' }).waitFor();
    await expect.poll(() => dash.locator('table.data tbody tr').count()).toBe(2);
    const bad = file + 'myspace,x,,spam,2026-11-21\nxing,,,spam,2026-11-21T10:00:00.000Z\n';
    await dash.getByLabel('Import a file (JSON or CSV)').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const alert = dash.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was imported: 2 rows are not valid\..*Row 3: the site must be XING or LinkedIn, not "myspace".*Row 4: the profile key is empty/);
    expect(await dash.locator('table.data tbody tr').count()).toBe(2);
    // Export, then the same file imported again changes nothing.
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Export as JSON' }).click()]);
    const exported = await (await download.createReadStream()).toArray();
    await dash.getByLabel('Import a file (JSON or CSV)').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.concat(exported) });
    await dash.getByRole('status').filter({ hasText: 'Imported: 0 new, 2 already there.' }).waitFor();
    await dash.getByLabel('Search the blocklist').fill('kevin');
    expect(await dash.locator('table.data tbody tr').count()).toBe(1);
    await dash.getByRole('button', { name: 'Remove Kevin_Brooks3 from the blocklist' }).click();
    await dash.getByLabel('Search the blocklist').fill('');
    await expect.poll(() => dash.locator('table.data tbody tr').count()).toBe(1);
  });
});
