// `npx tsx scripts/triage-shots.ts [--out dir]` (after `wxt build`): the in-page request badges on made-up XING and
// LinkedIn request lists served at the real URLs, German and English, light and dark (the site's scheme: dark is
// simulated by a dark page background), operated by keyboard only. Writes screenshots to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { fixture } from './lib/fixture-manifest';
import { FOCUSED_HOST_INDEX, HOSTS, waitUntil } from './lib/our-hosts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'triage-screenshots');

const RUNS = [
  { site: 'xing', file: 'requests-received-2025-de.html', locale: 'de-DE', scheme: 'light' },
  { site: 'linkedin', file: 'invitations-received-2026-en.html', locale: 'en-US', scheme: 'light' },
  { site: 'xing', file: 'requests-received-2025-en.html', locale: 'en-US', scheme: 'dark' },
  { site: 'linkedin', file: 'invitations-received-2024-de.html', locale: 'de-DE', scheme: 'dark' },
] as const;

const DARK_SITE = 'html, body, main, section, li, div[role="listitem"] { background: #1b1f23 !important; color: #e6edf3 !important; }';

/** Presses Tab until focus is inside our n-th badge host (the page sees only the host element as focused). */
async function tabToBadge(page: Page, n: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(FOCUSED_HOST_INDEX);
    if (at === n) return;
  }
  throw new Error('badge not reachable by Tab');
}

/** A screenshot of the first cards with their badges (the saved pages are unstyled and long). */
async function shootCards(page: Page, file: string, cards: number): Promise<void> {
  const clip = (await page.evaluate(`(() => {
    const hosts = ${HOSTS}.slice(0, ${cards});
    const rects = hosts.flatMap((h) => [h.getBoundingClientRect(), h.parentElement.getBoundingClientRect()]);
    const top = Math.min(...rects.map((r) => r.top)) + window.scrollY - 8;
    const bottom = Math.max(...rects.map((r) => r.bottom)) + window.scrollY + 8;
    return { x: 0, y: Math.max(0, top), width: 1000, height: Math.min(1400, bottom - top) };
  })()`)) as { x: number; y: number; width: number; height: number };
  await page.screenshot({ path: file, clip, fullPage: true });
}

mkdirSync(outDir, { recursive: true });
for (const run of RUNS) {
  const entry = fixture(run.site, run.file);
  const session = await launchChromium([{ url: entry.url, file: `${run.site}/${run.file}` }], { locale: run.locale, colorScheme: run.scheme });
  try {
    const page = await session.context.newPage();
    await page.goto(entry.url);
    if (run.scheme === 'dark') await page.addStyleTag({ content: DARK_SITE });
    await waitUntil(page, `${HOSTS}.length >= ${entry.expect.requests!.length}`, 20_000);
    await page.waitForTimeout(500);
    const name = `${run.site}-${run.locale.slice(0, 2)}-${run.scheme}`;
    await shootCards(page, resolve(outDir, `badges-${name}.png`), 3);
    await tabToBadge(page, 0);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await shootCards(page, resolve(outDir, `expanded-${name}.png`), 1);
    console.log(`  ${name}: ${await page.evaluate(`${HOSTS}.length`)} badges`);
    if (session.extensionRequests.length) console.warn('Unexpected network requests:', session.extensionRequests);
  } finally {
    await session.close();
  }
}
console.log(`Screenshots in ${outDir}`);
