// npx tsx scripts/popup-ab.ts [--runs=N] [--sizes=1000,30000] <build dir|current> …
// Compares builds of the extension on the popup's first render (issue 18's budget: ≤ 150 ms with 1,000 and 30,000
// people): one Chromium per build, each journal filled alike, opens alternating between the builds so the machine's
// drift hits all alike. Per size and build: after a worker start with nothing kept (worst case), after a worker start
// with the answer kept, and warm. Medians with spread.
// Before the "kept" open the worker has kept all it prepares after writes (as when it idled 30 s before it stopped): its
// settle work (seconds at 30,000 people) then overlaps no open in either browser. Before the "warm" open the worker
// has answered a message (a popup that reads its kept list does not start it before its first paint).
import { resolve } from 'node:path';
import { bundle } from './bench/browser-bundle';
import { callBench } from './bench/call';
import { firstRender } from './bench/render-figures';
import { median } from './bench/stats';
import { restartWorker } from './bench/worker-heap';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from './lib/chromium';
import { option } from './lib/fixture-page-options';
import { keptStorageKey, popupKeptKey } from '../utils/messaging/kept';
import { PEOPLE_FIRST_PAGE, POPUP_LIMIT } from '../utils/messaging/limits';
import type { Page } from 'playwright-core';

const runs = Number(option('runs', '5'));
const sizes = option('sizes', '1000,30000').split(',').map(Number);
const builds = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((b) => (b === 'current' ? CHROME_BUILD : resolve(b)));
if (!builds.length) throw new Error('usage: npx tsx scripts/popup-ab.ts [--runs=N] [--sizes=…] <build dir|current> …');

const SELECTOR = 'li.request, .panel .empty';
const inBrowser = await bundle('in-browser.ts');
const clearKept = (page: Page) => page.evaluate('chrome.storage.session.clear()');
// The popup's answer and the dashboard's first page, the first and the last of what the worker prepares after writes.
const PREPARED = [keptStorageKey(popupKeptKey(POPUP_LIMIT)), keptStorageKey(`people/list:${PEOPLE_FIRST_PAGE}`)];
const waitPrepared = (page: Page) =>
  page.evaluate(`(async () => {
    const keys = ${JSON.stringify(PREPARED)};
    for (let i = 0; i < 600 && Object.keys(await chrome.storage.session.get(keys)).length < keys.length; i++) await new Promise((r) => setTimeout(r, 100));
  })()`);
const wakeWorker = (page: Page) => page.evaluate(`chrome.runtime.sendMessage({ type: 'settings/get', payload: {} })`);
const sessions: { session: ChromiumSession; page: Page }[] = [];
type Row = { cold: number[]; kept: number[]; warm: number[] };
const rows: Record<string, Row[]> = {};
try {
  for (const dir of builds) {
    const session = await launchChromium([], { extensionPath: dir });
    const page = await session.openExtensionPage('popup.html');
    await page.evaluate(inBrowser);
    sessions.push({ session, page });
  }
  for (const n of sizes) {
    rows[n] = builds.map(() => ({ cold: [], kept: [], warm: [] }));
    for (const { page } of sessions) {
      await callBench(page, 'deleteDb', 'handschlag-journal');
      await callBench(page, 'journalWrite', 'handschlag-journal', n, 1);
    }
    for (let run = 0; run < runs; run++) {
      for (const [i, { session, page }] of sessions.entries()) {
        const row = rows[n]![i]!;
        await clearKept(page);
        await restartWorker(session.context);
        row.cold.push(await firstRender(session, 'popup.html', SELECTOR));
        await waitPrepared(page);
        await restartWorker(session.context);
        row.kept.push(await firstRender(session, 'popup.html', SELECTOR));
        await wakeWorker(page);
        row.warm.push(await firstRender(session, 'popup.html', SELECTOR));
      }
    }
  }
} finally {
  for (const { session } of sessions) await session.close();
}
const fmt = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
for (const n of sizes) {
  console.log(`\n${n.toLocaleString('en')} people, ${runs} runs each`);
  for (const [i, dir] of builds.entries()) {
    const r = rows[n]![i]!;
    console.log(`  ${dir}\n    nothing kept ${fmt(r.cold)} · kept ${fmt(r.kept)} · warm ${fmt(r.warm)}`);
  }
}
