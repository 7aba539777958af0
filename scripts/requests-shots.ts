// `npx tsx scripts/requests-shots.ts [--out dir]` (after `wxt build`): the dashboard's Requests view after reading
// made-up XING and LinkedIn request lists (received and sent) served at the real URLs, with a verdict, a declined
// request and a blocklist entry; German and English, light and dark. Writes screenshots to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium';
import { sendFromPage } from './lib/ext-message';
import { fixture } from './lib/fixture-manifest';
import { exportJson } from '../utils/blocklist/file';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'requests-screenshots');

const RUNS = [
  { lang: 'de', locale: 'de-DE', scheme: 'light' },
  { lang: 'en', locale: 'en-US', scheme: 'light' },
  { lang: 'de', locale: 'de-DE', scheme: 'dark' },
  { lang: 'en', locale: 'en-US', scheme: 'dark' },
] as const;

type Page = { items: { request: { id: string; key: string; platform: 'xing' | 'linkedin'; direction: string }; score?: { band: string } }[]; all: number };

mkdirSync(outDir, { recursive: true });
for (const run of RUNS) {
  const lists = [fixture('xing', `requests-received-2025-${run.lang}.html`), fixture('linkedin', `invitations-received-2026-${run.lang}.html`), fixture('xing', `requests-sent-2025-${run.lang}.html`)];
  const session = await launchChromium(
    lists.map((l) => ({ url: l.url, file: `${l.url.includes('xing') ? 'xing' : 'linkedin'}/${l.file}` })),
    { locale: run.locale, colorScheme: run.scheme, viewport: { width: 1400, height: 1000 } },
  );
  try {
    const dash = await session.openExtensionPage('options.html#people');
    const expected = lists.reduce((n, l) => n + (l.expect.requests?.length ?? 0), 0);
    for (const list of lists) {
      const site = await session.context.newPage();
      await site.goto(list.url);
      await site.waitForTimeout(1500);
      await site.close();
    }
    const query = { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest', offset: 0, limit: 100 };
    let answer = (await sendFromPage<{ data: Page }>(dash, 'requests/query', query)).data;
    for (let i = 0; i < 40 && answer.all < expected; i++) {
      await dash.waitForTimeout(250);
      answer = (await sendFromPage<{ data: Page }>(dash, 'requests/query', query)).data;
    }
    // A few things done, as a user would have: a verdict, a declined request, a spammer on the blocklist.
    const received = answer.items.filter((i) => i.request.direction === 'received');
    const collector = received.find((i) => i.score?.band === 'collector') ?? received[0]!;
    const genuine = received.find((i) => i.score?.band === 'genuine') ?? received[1]!;
    const declined = received.find((i) => i !== collector && i !== genuine)!;
    await sendFromPage(dash, 'request/acted', { platform: declined.request.platform, direction: 'received', key: declined.request.key, action: 'decline' });
    const entry = { v: 1 as const, id: `${collector.request.platform}:${collector.request.key}`, platform: collector.request.platform, key: collector.request.key, reason: run.lang === 'de' ? 'Spam-Anfrage' : 'Spam request', at: Date.now() };
    await sendFromPage(dash, 'blocklist/import', { text: exportJson([entry]) });
    await sendFromPage(dash, 'verdict/set', { requestId: collector.request.id, verdict: 'collector' });

    await dash.goto(dash.url().replace('#people', '#requests'));
    await dash.waitForSelector('table.requests tbody tr', { timeout: 20_000 });
    // The verdict given here, by a click: the notice offers its undo.
    await dash.locator(`tr[data-request-id="${genuine.request.id}"] button[aria-pressed]`).first().click();
    await dash.waitForSelector('.notice button');
    await dash.waitForTimeout(300);
    const name = `requests-${run.lang}-${run.scheme}`;
    await dash.screenshot({ path: resolve(outDir, `${name}.png`), fullPage: false });
    // The same view filtered to likely collectors, with the band counts shown in the filter.
    await dash.selectOption('select >> nth=2', 'collector');
    await dash.waitForFunction(() => document.querySelector('section[aria-busy="false"]') !== null);
    await dash.waitForTimeout(300);
    await dash.screenshot({ path: resolve(outDir, `${name}-collectors.png`), fullPage: false });
    console.log(`  ${name}: ${answer.all} requests, ${await dash.locator('table.requests tbody tr').count()} rows shown (collectors)`);
    if (session.extensionRequests.length) console.warn('Unexpected network requests:', session.extensionRequests);
  } finally {
    await session.close();
  }
}
console.log(`Screenshots in ${outDir}`);
