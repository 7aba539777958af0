// `npm run demo`: Chromium with the built extension on made-up XING and LinkedIn pages served at the real URLs.
// With a display it opens a window to click around in; without one (or with --headless) it walks through the
// pages and writes screenshots to a folder it names. `--out <dir>` picks the folder (README uses docs/screenshots).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './lib/chromium';
import { demoPages } from './lib/demo-pages';
import { sendFromPage } from './lib/ext-message';
import { HOSTS, waitUntil } from './lib/our-hosts';

const args = process.argv.slice(2);
const headed = !args.includes('--headless') && !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'demo-screenshots');
const pages = demoPages();
const byType = (type: string) => pages.find((p) => p.pageType === type)!;
const settle = (page: Page) => page.waitForTimeout(1200); // content script at document_idle, then a message round trip

async function visitAll(session: ChromiumSession): Promise<Page> {
  const site = await session.context.newPage();
  for (const type of ['xing.requests.received', 'linkedin.invitations.received', 'linkedin.profile', 'xing.profile']) {
    await site.goto(byType(type).url);
    await settle(site);
  }
  return site;
}

async function shoot(page: Page, name: string) {
  const file = resolve(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`  ${file}`);
}

async function popupShots(session: ChromiumSession, suffix: string) {
  const popup = await session.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.waitForSelector('.person-name, .empty', { timeout: 10_000 });
  await shoot(popup, `popup-this-page${suffix}`);
  await popup.getByRole('tab').first().click();
  await popup.waitForSelector('li.request .badge', { timeout: 10_000 });
  await shoot(popup, `popup-requests${suffix}`);
  // The likely collectors are folded below: unfolded, their reasons (the text model's "reads like mass outreach"
  // with the phrases that weighed most among them).
  await popup.locator('button.fold').click();
  await popup.locator('.folded li.request').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(popup, `popup-collectors${suffix}`);
  await popup.close();
}

/**
 * The networker's part: a meeting logged on the open profile (follow-up due at once, so the Due tab has
 * something), the card on the next open, the Due tab, and in the light run the person page and Events.
 */
async function journalShots(session: ChromiumSession, suffix: string) {
  const popup = await session.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.waitForSelector('.person-name', { timeout: 10_000 });
  await sendFromPage(popup, 'settings/update', { patch: { followUpDays: 0 } });
  await popup.locator('button[aria-expanded]').first().click();
  await popup.locator('#popup-meeting-event').fill('AUFSCHWUNG-Messe 2026');
  await popup.locator('#popup-meeting-place').fill('Frankfurt');
  await popup.locator('#popup-meeting-notes').fill(suffix ? 'Sucht Lieferanten für Präzisionsteile; Muster bis Ende April.' : 'Looking for precision-parts suppliers; samples by end of April.');
  await popup.locator('#popup-meeting-tags').fill('messe, einkauf');
  await popup.locator('form.journal-form input[type=checkbox]').first().check();
  await popup.locator('form.journal-form button[type=submit]').click();
  await popup.waitForFunction(() => document.querySelector('[data-testid="meeting-status"]')?.textContent?.trim(), null, { timeout: 10_000 });
  await shoot(popup, `popup-meeting-saved${suffix}`);
  await popup.reload();
  await popup.waitForSelector('[data-testid="recognition"] .met', { timeout: 10_000 });
  await shoot(popup, `popup-recognition${suffix}`);
  await popup.locator('#popup-tab-due').click();
  await popup.waitForSelector('li.due', { timeout: 10_000 });
  await shoot(popup, `popup-due${suffix}`);
  const personId = await popup.evaluate(() => document.querySelector('li.due')?.getAttribute('data-person'));
  await popup.close();
  if (suffix || !personId) return;
  const dashboard = await session.openExtensionPage(`options.html#person/${personId}`);
  await dashboard.waitForSelector('[data-testid="timeline"]', { timeout: 10_000 });
  await shoot(dashboard, 'dashboard-person');
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#events'));
  await dashboard.waitForSelector('#events-heading', { timeout: 10_000 });
  await shoot(dashboard, 'dashboard-events');
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#reminders'));
  await dashboard.waitForSelector('#reminders-heading', { timeout: 10_000 });
  await dashboard.waitForSelector('li.due', { timeout: 10_000 });
  await shoot(dashboard, 'dashboard-reminders');
  await dashboard.close();
}

/** The demo user's own profile, as a user would type it under "About you". */
async function fillAboutMe(dashboard: Page) {
  const fields: [string, string][] = [
    ['Your name', 'Katrin Vogel'],
    ['Your company', 'Vogel Präzisionstechnik GmbH'],
    ['Your city', 'Köln'],
    ['Your Wants (comma-separated)', 'Lieferanten für Präzisionsteile, Einkauf'],
    ['Events you took part in (comma-separated)', 'AUFSCHWUNG-Messe 2026'],
  ];
  for (const [label, value] of fields) {
    await dashboard.getByLabel(label).fill(value);
    await dashboard.getByLabel(label).blur();
    await dashboard.getByRole('status').filter({ hasText: 'Saved.' }).waitFor({ timeout: 10_000 });
  }
}

async function headless() {
  mkdirSync(outDir, { recursive: true });
  console.log(`Handschlag demo (headless): writing screenshots to ${outDir}`);
  for (const scheme of ['light', 'dark'] as const) {
    const session = await launchChromium(pages, { colorScheme: scheme, locale: scheme === 'dark' ? 'de-DE' : 'en-US' });
    try {
      const site = await visitAll(session);
      const suffix = scheme === 'dark' ? '-dark-de' : '';
      await popupShots(session, suffix);
      await journalShots(session, suffix);
      // The profile again, now of a person met: the journal's card on the page.
      await site.bringToFront();
      await site.reload();
      await waitUntil(site, `${HOSTS}.length > 0`, 10_000);
      await settle(site);
      await shoot(site, `in-page-xing-profile${suffix}`);
      if (scheme === 'light') {
        const dashboard = await session.openExtensionPage('options.html#people');
        await dashboard.waitForSelector('table.data tbody tr', { timeout: 10_000 });
        await shoot(dashboard, 'dashboard-people');
        for (const section of ['settings', 'diagnostics']) {
          await dashboard.goto(dashboard.url().replace(/#.*$/, `#${section}`));
          await dashboard.waitForSelector(`#${section}-heading`, { timeout: 10_000 });
          if (section === 'settings') await fillAboutMe(dashboard);
          await shoot(dashboard, `dashboard-${section}`);
        }
      }
      if (session.extensionRequests.length) console.warn('Unexpected network requests:', session.extensionRequests);
    } finally {
      await session.close();
    }
  }
  console.log(`Done. Screenshots are in ${outDir}`);
}

async function interactive() {
  const session = await launchChromium(pages, { headed: true, viewport: null });
  await visitAll(session);
  await session.openExtensionPage('options.html#people');
  console.log('Handschlag demo is running in the Chromium window. Demo pages (served locally at the real URLs):');
  for (const p of pages) console.log(`  ${p.url}`);
  console.log('Click the Handschlag icon in the toolbar (puzzle piece → pin) to open the popup. Close the window to end.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}

await (headed ? interactive() : headless());
