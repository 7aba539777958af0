// npm run bench: builds the extension, starts headless Chromium with it and prints medians and spreads of the
// speed, size and memory figures the issues set budgets for; writes the same as JSON to bench-results/.
// Benchmarks measure and print; they never fail on time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { CHROME_BUILD, launchChromium } from './lib/chromium';
import { sendFromPage } from './lib/ext-message';
import { callBench } from './bench/call';
import { bundle } from './bench/browser-bundle';
import { captureFigures } from './bench/capture-figures';
import { journalFigures, rawFigures } from './bench/journal-figures';
import { badgePageFigures, pageFigures } from './bench/page-figures';
import { meetingFigures } from './bench/meeting-figures';
import { renderFigures } from './bench/render-figures';
import { buildRequestPages, xingListsOf } from './bench/request-pages';
import { revisitFigures } from './bench/revisit-figures';
import { requestsViewFigures } from './bench/requests-view-figures';
import { scoringFigures } from './bench/scoring-figures';
import { bundleSizes } from './bench/sizes';
import { bulkFigures, dashboardImportFigures, parseFigure } from './bench/import-figures';
import { budget, table, type Figure } from './bench/stats';
import { workerHeapMB } from './bench/worker-heap';

const quick = process.argv.includes('--quick');
// `--only=page`: just the bundle sizes and what the content script costs on the sites' pages.
const onlyPage = process.argv.includes('--only=page');
// `--only=import`: the raw IndexedDB rate and the import, bulk-path and restore figures measured against it.
const onlyImport = process.argv.includes('--only=import');
// `--only=requests`: just the dashboard's Requests view at 30,000 requests (the journal filled as for the figures below).
const onlyRequests = process.argv.includes('--only=requests');
// `--only=badges`: just the in-page badges on the request lists; `--builds=<dir>,<dir>` compares builds in one run.
const onlyBadges = process.argv.includes('--only=badges');
// `--only=journal`: just search, popup and dashboard first render, logging a meeting and the worker heap at 1,000 and 30,000 people.
const onlyJournal = process.argv.includes('--only=journal');
// `--only=revisit`: just a request list opened with 30,000 people in the journal, first and again (revisit-figures.ts).
const onlyRevisit = process.argv.includes('--only=revisit');
const builds = process.argv.find((a) => a.startsWith('--builds='))?.slice('--builds='.length).split(',').map((dir) => resolve(dir));
const RUNS = quick ? 3 : 5;
const SIZES = quick ? [1_000, 5_000] : onlyRevisit ? [30_000] : onlyJournal ? [1_000, 30_000] : [1_000, 10_000, 30_000];
const started = Date.now();
const figures: Figure[] = [];
const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);

const inBrowser = await bundle('in-browser.ts');
const importBench = await bundle('import-in-browser.ts');
figures.push(...bundleSizes(CHROME_BUILD));

if (onlyBadges) {
  log('in-page badges on the request lists (on vs off)');
  figures.push(...(await badgePageFigures(RUNS, builds)));
} else if (!onlyImport && !onlyRequests && !onlyJournal && !onlyRevisit) {
  log('content-script cost on fixture pages (with vs without the extension)');
  figures.push(...(await pageFigures(RUNS)));
  figures.push(...(await captureFigures()));
}

if (!onlyBadges && !onlyJournal && !onlyRevisit) {
  log('import: parsing alone');
  figures.push(parseFigure(RUNS));
}

/** Scoring, raw IndexedDB, journal, search, render and worker-memory figures, in one browser with the extension. */
async function journalAndWorkerFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  // The XING list of 100 is served for the badges' scores over the full journal (revisitFigures).
  const { list100 } = await buildRequestPages();
  const grown = xingListsOf([101, 102, 103]);
  const session = await launchChromium([list100, ...grown]);
  try {
    const page = await session.openExtensionPage('popup.html');
    await page.evaluate(inBrowser);
    const worker = session.context.serviceWorkers()[0]!;
    await sendFromPage(page, 'journal/stats'); // the worker as a user's browser has it: journal open, nothing cached
    const heapEmpty = await workerHeapMB(session.context);
    await worker.evaluate(inBrowser);
    if (onlyRequests) {
      log('Requests view at 30,000 requests');
      figures.push(...(await journalFigures(page, 30_000, NaN, RUNS)));
      figures.push(...(await requestsViewFigures(session, page, 30_000, RUNS)));
      return figures;
    }

    let rawWriteRate = NaN;
    if (!onlyJournal && !onlyRevisit) {
      log('scoring');
      figures.push(...(await scoringFigures(page, RUNS)));
      log('raw IndexedDB');
      const raw = await rawFigures(page, worker, RUNS);
      figures.push(...raw.figures);
      rawWriteRate = raw.pageWriteRate;
      log('import: bulk path, restore, and a whole import from the dashboard');
      figures.push(...(await bulkFigures(page, importBench, raw.pageWriteRate, RUNS)));
      await callBench(page, 'deleteDb', 'handschlag-journal');
      figures.push(...(await dashboardImportFigures(session, Math.min(RUNS, 3))));
      if (onlyImport) return figures;
    }
    for (const n of SIZES) {
      log(`journal, search and first render at ${n.toLocaleString('en')} people`);
      figures.push(...(await journalFigures(page, n, rawWriteRate, RUNS)));
      // Render and search figures at the smallest and the largest journal; the middle size shows growth.
      if (!onlyRevisit && (n === SIZES[0] || n === SIZES.at(-1))) {
        figures.push(...(await renderFigures(session, page, n, RUNS)), ...(await meetingFigures(session, page, n, RUNS)));
        if (!onlyJournal) figures.push(...(await requestsViewFigures(session, page, n, RUNS)));
      }
    }
    const largest = SIZES.at(-1) ?? 30_000;
    // Make the worker do its work over the full journal, then weigh it.
    await sendFromPage(page, 'requests/pending');
    await sendFromPage(page, 'people/list', { query: 'mül', limit: 50 });
    const heapFull = await workerHeapMB(session.context);
    figures.push({ group: 'memory', name: 'service worker JS heap, empty journal', value: heapEmpty, unit: 'MB' });
    const full = largest.toLocaleString('en');
    figures.push({ group: 'memory', name: `service worker JS heap, ${full} people (after requests and search)`, value: heapFull, unit: 'MB', budget: budget(heapFull, 50, 'MB') });
    log(`a request list opened with ${full} people in the journal: first visit and read again`);
    figures.push(...(await revisitFigures(session, { url: list100.url, cards: 100 }, grown.map((g, i) => ({ url: g.url, cards: 101 + i })), largest, RUNS)));
  } finally {
    await session.close();
  }
  return figures;
}

if (!onlyPage && !onlyBadges) figures.push(...(await journalAndWorkerFigures()));

const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`;
const outDir = resolve('bench-results');
mkdirSync(outDir, { recursive: true });
const file = resolve(outDir, `bench-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, quick, figures }, null, 2));
// The same table as Markdown, for BENCHMARKS.md.
writeFileSync(resolve(outDir, 'latest.md'), `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine}${quick ? ' (quick)' : ''}\n\n${table(figures)}\n`);
console.log(`\nHandschlag benchmarks, ${new Date().toISOString().slice(0, 10)}, ${machine}${quick ? ' (quick)' : ''}\n`);
console.log(table(figures));
console.log(`\nJSON: ${file} (Markdown: ${resolve(outDir, 'latest.md')})\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`);
