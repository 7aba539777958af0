import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../lib/chromium';
import { budget, median, repeat, type Figure } from './stats';
import { restartWorker } from './worker-heap';
import { KEPT_DB_NAME, KEPT_TOKENS, keptStorageKey, popupKeptKey } from '../../utils/messaging/kept';
import { HISTORY_KEY } from '../../utils/journal/scoring-kept';
import { PEOPLE_FIRST_PAGE, POPUP_LIMIT } from '../../utils/messaging/limits';

/**
 * Milliseconds from navigation start until `selector` is in the page. The watch is installed before the page's own
 * scripts run and stamps the time inside the page: read after load instead, the figure could not be smaller than the
 * page's load event plus a DevTools round trip (about 200-400 ms here), whatever the page did.
 */
export async function firstRender(session: ChromiumSession, path: string, selector: string): Promise<number> {
  return (await renderTimes(session, path, selector)).first;
}

/**
 * firstRender, and (`doneWhen`: a page-side expression) also when the page is done: the popup shows its list before
 * the scores when they take longer (issue 18), so its worst case has two figures.
 */
async function renderTimes(session: ChromiumSession, path: string, selector: string, doneWhen?: string): Promise<{ first: number; done: number }> {
  const page = await session.context.newPage();
  try {
    // Strings, not functions: tsx's name helpers do not exist inside the page.
    await page.addInitScript(`(() => {
      const sel = ${JSON.stringify(selector)};
      const stamp = (test) => new Promise((resolve) => {
        const seen = () => test() && (resolve(performance.now()), true);
        new MutationObserver((_r, obs) => { if (seen()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
      });
      globalThis.__firstRender = stamp(() => document.querySelector(sel));
      globalThis.__doneRender = stamp(() => document.querySelector(sel) && (${doneWhen ?? 'true'}));
    })()`);
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    return (await page.evaluate('Promise.all([globalThis.__firstRender, globalThis.__doneRender]).then(([first, done]) => ({ first, done }))')) as { first: number; done: number };
  } finally {
    await page.close();
  }
}

/** Waits until the worker kept these large answers (it does once writes settle), as a worker living on would have. */
async function untilLasting(page: Page, keys: readonly string[]): Promise<void> {
  const ready = (await page.evaluate(`(async () => {
    const wanted = ${JSON.stringify(keys.map((k) => `bulky:${k}`))};
    // Opened without a version and closed after each look: the worker may open (and upgrade) it meanwhile.
    const has = () => new Promise((resolve) => {
      const req = indexedDB.open(${JSON.stringify(KEPT_DB_NAME)});
      req.onerror = () => resolve(false);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(${JSON.stringify(KEPT_TOKENS)})) return db.close(), resolve(false);
        const store = db.transaction(${JSON.stringify(KEPT_TOKENS)}).objectStore(${JSON.stringify(KEPT_TOKENS)});
        Promise.all(wanted.map((k) => new Promise((r) => { const g = store.get(k); g.onsuccess = () => r(g.result !== undefined); g.onerror = () => r(false); })))
          .then((found) => (db.close(), resolve(found.every(Boolean))));
      };
    });
    for (let i = 0; i < 1200; i++) {
      if (await has()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  })()`)) as boolean;
  if (!ready) throw new Error(`the worker kept none of ${keys.join(', ')} within 120 s`);
}

/** One people/list round trip from an extension page to the worker and back, timed inside the page. */
async function searchOnce(page: Page, query: string): Promise<number> {
  return (await page.evaluate(`(async () => {
    const t0 = performance.now();
    const res = await chrome.runtime.sendMessage({ type: 'people/list', payload: { query: ${JSON.stringify(query)}, limit: 50 } });
    if (!res.ok) throw new Error(res.error.message);
    return performance.now() - t0;
  })()`)) as number;
}

/**
 * Popup and dashboard first render, and search as the user types, against the real journal holding `total`
 * people (filled straight into IndexedDB by the journal figures). The worker is restarted first, so its
 * caches are rebuilt from the journal as after a browser restart.
 */
export async function renderFigures(session: ChromiumSession, benchPage: Page, total: number, runs: number): Promise<Figure[]> {
  const label = total.toLocaleString('en');
  const big = total >= 30_000;
  // The first open of each after a worker start (the browser stopped an idle worker): its caches are built then.
  // The journal was just written behind the worker's back, so nothing is kept: the popup's worst case (opened
  // after a write and a worker stop, before the worker prepared its answer).
  await restartWorker(session.context);
  const popupCold = await renderTimes(session, 'popup.html', 'li.request, .panel .empty', `!document.querySelector('[data-testid="requests-scoring"]')`);
  // The usual case: nothing written since the worker kept the popup's answer (it prepares it after every write).
  await restartWorker(session.context);
  const popupKept = await firstRender(session, 'popup.html', 'li.request, .panel .empty');
  // The people index and the dashboard's first page are kept the same way (prepared after writes settle, or when
  // first asked for): the first open after a start finds nothing only when the worker stopped right after a write.
  await restartWorker(session.context);
  const dashboardCold = await firstRender(session, 'options.html#people', 'table.data tbody tr');
  await restartWorker(session.context);
  const dashboardKept = await firstRender(session, 'options.html#people', 'table.data tbody tr');
  // The index is prepared once writes settled (a worker lives 30 s idle at least; here it is stopped at once): wait
  // until it is kept, as it would be.
  await benchPage.evaluate(`(async () => {
    for (let i = 0; i < 600 && !(await chrome.storage.session.get('kept:bulky:people-index'))['kept:bulky:people-index']; i++) await new Promise((r) => setTimeout(r, 100));
  })()`);
  await restartWorker(session.context);
  const cold = await searchOnce(benchPage, 'm');
  // A write (it changes nothing, but counts as one) empties what was kept; the worker stops before preparing again.
  await benchPage.evaluate(`chrome.runtime.sendMessage({ type: 'settings/update', payload: { patch: {} } })`);
  await restartWorker(session.context);
  const coldNothingKept = await searchOnce(benchPage, 'm');
  const typing: number[] = [];
  for (const query of ['mü', 'mül', 'müll', 'mülle', 'müller', 'müller ', 'müller k']) typing.push(await searchOnce(benchPage, query));
  const popup = await repeat(runs, () => firstRender(session, 'popup.html', 'li.request, .panel .empty'));
  const dashboard = await repeat(runs, () => firstRender(session, 'options.html#people', 'table.data tbody tr'));
  // A browser restart: storage.session is emptied (every small kept answer goes), storage.local and IndexedDB stay,
  // so the scorer's history and the people index kept since the last write are there, as they are once writes settled.
  await untilLasting(benchPage, [popupKeptKey(POPUP_LIMIT), HISTORY_KEY, 'people-index']);
  await benchPage.evaluate('chrome.storage.session.clear()');
  await restartWorker(session.context);
  const popupRestart = await firstRender(session, 'popup.html', 'li.request, .panel .empty');
  // The same restart as the browser makes it: the worker starts with the browser (runtime.onStartup; here a small read
  // wakes it, as the bench cannot restart the browser), and the popup is opened once it put its kept answer back.
  await untilLasting(benchPage, [popupKeptKey(POPUP_LIMIT)]);
  await benchPage.evaluate('chrome.storage.session.clear()');
  await restartWorker(session.context);
  await benchPage.evaluate(`(async () => {
    const name = ${JSON.stringify(keptStorageKey(popupKeptKey(POPUP_LIMIT)))};
    await chrome.runtime.sendMessage({ type: 'settings/get', payload: {} });
    for (let i = 0; i < 100 && !(await chrome.storage.session.get(name))[name]; i++) await new Promise((r) => setTimeout(r, 50));
  })()`);
  const popupRestartStarted = await firstRender(session, 'popup.html', 'li.request, .panel .empty');
  await untilLasting(benchPage, [HISTORY_KEY, 'people-index']);
  await benchPage.evaluate('chrome.storage.session.clear()');
  await restartWorker(session.context);
  const searchRestart = await searchOnce(benchPage, 'm');
  await untilLasting(benchPage, [`people/list:${PEOPLE_FIRST_PAGE}`]);
  await benchPage.evaluate('chrome.storage.session.clear()');
  await restartWorker(session.context);
  const dashboardRestart = await firstRender(session, 'options.html#people', 'table.data tbody tr');
  return [
    { group: 'render', name: `dashboard people list first render after a browser restart (first page kept since the last write), ${label} people`, value: dashboardRestart, unit: 'ms', runs: 1, ...(big ? { budget: budget(dashboardRestart, 300, 'ms') } : {}) },
    { group: 'render', name: `popup first render after a browser restart, opened as it starts the worker (answer kept since the last write), ${label} people`, value: popupRestart, unit: 'ms', runs: 1, budget: budget(popupRestart, 150, 'ms') },
    { group: 'render', name: `popup first render after a browser restart, the worker started with the browser (answer kept since the last write), ${label} people`, value: popupRestartStarted, unit: 'ms', runs: 1, budget: budget(popupRestartStarted, 150, 'ms') },
    { group: 'journal', name: `search, first keystroke after a browser restart (index kept since the last write), ${label} people`, value: searchRestart, unit: 'ms', runs: 1, budget: budget(searchRestart, 300, 'ms') },
    { group: 'journal', name: `search, first keystroke after a worker start, index kept since the last write, ${label} people`, value: cold, unit: 'ms', runs: 1, budget: budget(cold, 300, 'ms') },
    { group: 'journal', name: `search, first keystroke after a write and a worker start, nothing kept (builds the index), ${label} people`, value: coldNothingKept, unit: 'ms', runs: 1, budget: budget(coldNothingKept, 300, 'ms') },
    { group: 'journal', name: `search per further keystroke (message round trip), ${label} people`, value: median(typing), unit: 'ms', spread: [Math.min(...typing), Math.max(...typing)], runs: typing.length, budget: budget(median(typing), 50, 'ms') },
    { group: 'render', name: `popup first render after a worker start, answer kept since the last write, ${label} people`, value: popupKept, unit: 'ms', runs: 1, budget: budget(popupKept, 150, 'ms') },
    { group: 'render', name: `popup first render after a write and a worker start, nothing kept (worst case), ${label} people`, value: popupCold.first, unit: 'ms', runs: 1, budget: budget(popupCold.first, 150, 'ms') },
    { group: 'render', name: `  the same until the list shows its scores, ${label} people`, value: popupCold.done, unit: 'ms', runs: 1 },
    { group: 'render', name: `popup first render with requests, ${label} people`, value: popup.median, unit: 'ms', spread: popup.spread, runs, budget: budget(popup.median, 150, 'ms') },
    { group: 'render', name: `dashboard people list first render after a write and a worker start, nothing kept, ${label} people`, value: dashboardCold, unit: 'ms', runs: 1, ...(big ? { budget: budget(dashboardCold, 300, 'ms') } : {}) },
    { group: 'render', name: `dashboard people list first render after a worker start, first page kept, ${label} people`, value: dashboardKept, unit: 'ms', runs: 1, ...(big ? { budget: budget(dashboardKept, 300, 'ms') } : {}) },
    { group: 'render', name: `dashboard people list first render, ${label} people`, value: dashboard.median, unit: 'ms', spread: dashboard.spread, runs, ...(big ? { budget: budget(dashboard.median, 300, 'ms') } : {}) },
  ];
}
