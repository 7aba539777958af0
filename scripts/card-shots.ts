// `npx tsx scripts/card-shots.ts [--out dir]` (after `wxt build`): the recognition card on made-up XING and LinkedIn
// profiles served at the real URLs, German and English, light and dark (the site's scheme: dark is simulated by a
// dark page background). A meeting is logged in the popup's form, the profile opened again shows the card; the
// card is then used by keyboard only (Tab to it, Tab to Log meeting, Enter opens the dashboard's meeting form).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { fixture } from './lib/fixture-manifest';
import { FIXTURES_DIR } from './lib/site-server';
import { HOST_FOCUSED, HOSTS, waitUntil } from './lib/our-hosts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'card-screenshots');

const RUNS = [
  { site: 'xing', file: 'profile-2025-de.html', locale: 'de-DE', scheme: 'light' },
  { site: 'linkedin', file: 'profile-2026-en.html', locale: 'en-US', scheme: 'light' },
  { site: 'xing', file: 'profile-2025-en.html', locale: 'en-US', scheme: 'dark' },
  { site: 'linkedin', file: 'profile-2024-de.html', locale: 'de-DE', scheme: 'dark' },
] as const;

const DARK_SITE = '<style>html, body, main, section, div { background: #1b1f23 !important; color: #e6edf3 !important; }</style>';
const words = (locale: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../public/_locales/${locale.slice(0, 2)}/messages.json`), 'utf8')) as Record<string, { message: string }>;

async function tabToCard(page: Page): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(HOST_FOCUSED)) return;
  }
  throw new Error('the card is not reachable by Tab');
}

const cardClip = (page: Page) =>
  page.evaluate(`(() => {
    const r = ${HOSTS}[0].getBoundingClientRect();
    return { x: Math.max(0, r.left - 200), y: Math.max(0, r.top - 60), width: r.width + 216, height: r.height + 76 };
  })()`) as Promise<{ x: number; y: number; width: number; height: number }>;

mkdirSync(outDir, { recursive: true });
for (const run of RUNS) {
  const entry = fixture(run.site, run.file);
  let html = readFileSync(resolve(FIXTURES_DIR, run.site, run.file), 'utf8');
  if (run.scheme === 'dark') html = html.replace(/<\/head>/i, `${DARK_SITE}</head>`);
  const session = await launchChromium([{ url: entry.url, html }], { locale: run.locale, colorScheme: run.scheme });
  const w = words(run.locale);
  const name = `${run.site}-${run.locale.slice(0, 2)}-${run.scheme}`;
  try {
    const site = await session.context.newPage();
    await site.goto(entry.url);
    // The popup's This page: wait until the profile is read, then log a meeting with its form.
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 560 });
    for (let i = 0; i < 40 && !(await popup.locator('.person-name').count()); i++) {
      await popup.waitForTimeout(500);
      await popup.reload();
    }
    await popup.getByRole('button', { name: w.journal_logMeeting!.message }).click();
    await popup.getByLabel(w.journal_event!.message).fill('AUFSCHWUNG-Messe');
    await popup.getByLabel(w.journal_place!.message, { exact: true }).fill('Frankfurt');
    await popup.getByLabel(w.journal_meetingNotes!.message).fill(run.locale.startsWith('de') ? 'Über Lieferanten-Audits gesprochen, Angebot bis Freitag.' : 'Talked about supplier audits; offer by Friday.');
    await popup.getByRole('button', { name: w.journal_save!.message, exact: true }).click();
    await popup.getByTestId('meeting-status').filter({ hasText: /./ }).waitFor({ timeout: 10_000 });
    await popup.close();

    // The profile opened again: the card.
    await site.reload();
    await waitUntil(site, `${HOSTS}.length > 0`, 15_000);
    await site.waitForTimeout(400);
    await site.screenshot({ path: resolve(outDir, `card-${name}.png`), clip: await cardClip(site) });
    await site.screenshot({ path: resolve(outDir, `page-${name}.png`) });
    // Keyboard only: Tab to the card (Hide), Tab to Log meeting: the focus ring shows; Enter opens the dashboard.
    await tabToCard(site);
    await site.keyboard.press('Tab');
    await site.screenshot({ path: resolve(outDir, `card-${name}-focus.png`), clip: await cardClip(site) });
    const opened = session.context.waitForEvent('page', { timeout: 10_000 });
    await site.keyboard.press('Enter');
    const dashboard = await opened;
    await dashboard.waitForFunction(() => document.activeElement?.id === 'page-meeting-event', null, { timeout: 10_000 });
    await dashboard.screenshot({ path: resolve(outDir, `dashboard-meeting-${name}.png`) });
    console.log(`  ${name}: card shown, dashboard opened at the meeting form`);
    if (session.extensionRequests.length) console.warn('Unexpected network requests:', session.extensionRequests);
  } finally {
    await session.close();
  }
}
console.log(`Screenshots in ${outDir}`);
