import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../lib/chromium';
import { firstRender } from './render-figures';
import { repeat, type Figure } from './stats';
import { restartWorker, workerHeapMB } from './worker-heap';

const QUERY = { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest', offset: 0, limit: 100 };

/** One requests/query round trip from an extension page, timed inside the page. */
async function queryOnce(page: Page, filters: object): Promise<number> {
  return (await page.evaluate(`(async () => {
    const t0 = performance.now();
    const res = await chrome.runtime.sendMessage({ type: 'requests/query', payload: ${JSON.stringify({ ...QUERY, ...filters })} });
    if (!res.ok) throw new Error(res.error.message);
    return performance.now() - t0;
  })()`)) as number;
}

/**
 * The dashboard's Requests view over the real journal holding `total` requests (filled by the journal figures):
 * first render after a worker start (the worker builds its request index, the scorer's history and the first
 * page's scores), first render with the worker's caches warm, paging, and the band filter (which scores every
 * received request once, then reuses the scores until the next write).
 */
export async function requestsViewFigures(session: ChromiumSession, benchPage: Page, total: number, runs: number): Promise<Figure[]> {
  const label = total.toLocaleString('en');
  const view = (s: string) => firstRender(session, 'options.html#requests', s);
  await restartWorker(session.context);
  const cold = await view('table.requests tbody tr');
  const warm = await repeat(runs, () => view('table.requests tbody tr'));
  const paging = await repeat(runs, (run) => queryOnce(benchPage, { offset: 100 * (run + 1) }));
  const bandCold = await queryOnce(benchPage, { band: 'collector' });
  const bandWarm = await repeat(runs, () => queryOnce(benchPage, { band: 'genuine' }));
  const heap = await workerHeapMB(session.context);
  // The later memory figures weigh the worker as before this view was added: its caches go with the worker.
  await restartWorker(session.context);
  return [
    { group: 'render', name: `dashboard Requests view first render after a worker start, ${label} requests`, value: cold, unit: 'ms', runs: 1 },
    { group: 'render', name: `dashboard Requests view first render, worker caches warm, ${label} requests`, value: warm.median, unit: 'ms', spread: warm.spread, runs },
    { group: 'journal', name: `Requests view next page (message round trip), ${label} requests`, value: paging.median, unit: 'ms', spread: paging.spread, runs },
    { group: 'journal', name: `Requests view band filter, first time (scores every received request), ${label} requests`, value: bandCold, unit: 'ms', runs: 1 },
    { group: 'journal', name: `Requests view band filter, scores kept, ${label} requests`, value: bandWarm.median, unit: 'ms', spread: bandWarm.spread, runs },
    { group: 'memory', name: `service worker JS heap after the Requests view with every score kept, ${label} requests`, value: heap, unit: 'MB' },
  ];
}
