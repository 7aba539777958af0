import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../lib/chromium';
import { sendFromPage } from '../lib/ext-message';
import { fixture, type FixtureEntry } from '../lib/fixture-manifest';
import { showInPlace } from '../lib/in-page-navigation';
import { FIXTURES_DIR, type ServedPage } from '../lib/site-server';
import { bundle } from './browser-bundle';
import { buildRequestPages } from './request-pages';
import { traceScriptTime, type ScriptTime } from './script-time';
import { budget, median, type Figure } from './stats';

// Chromium names an extension's isolated world after the extension.
const WORLD = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as { extName: { message: string } }).extName.message;
const SETTLE_MS = 1500;

// Long tasks are collected from the start of every page (buffered), for both sessions alike.
const LONGTASK_INIT = `(() => { const seen = []; window.__hsLongTasks = seen;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {} })();`;

interface Load {
  time: ScriptTime;
  heapMB: number;
  longTasks: number;
}

/** One page load in a new tab (a new renderer process: nothing compiled or cached yet). */
async function loadInNewTab(session: ChromiumSession, url: string, after?: (page: Page) => Promise<void>): Promise<Load> {
  const page = await session.context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  const time = await traceScriptTime(session.context, page, WORLD, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    if (after) await after(page);
  });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const longTasks = ((await page.evaluate('window.__hsLongTasks || []')) as number[]).filter((d) => d >= 50).length;
  await page.close();
  return { time, heapMB: heap.usedSize / 1024 / 1024, longTasks };
}

const spreadOf = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];

/**
 * CPU and wall-clock figures of one scenario. The budget is judged on the main thread's CPU time: on a
 * 2-core machine the wall clock during a page load also counts the time the OS gives the browser's other
 * processes while our task waits, which is not work the content script does (both are printed).
 */
function timeFigures(name: string, times: ScriptTime[], limitMs?: number): Figure[] {
  const wall = times.map((t) => t.wallMs);
  const cpu = times.map((t) => t.cpuMs);
  const c = median(cpu);
  return [
    { group: 'page cost', name: `content script main-thread CPU time, ${name}`, value: c, unit: 'ms', spread: spreadOf(cpu), runs: times.length, ...(limitMs !== undefined ? { budget: budget(c, limitMs, 'ms') } : {}) },
    { group: 'page cost', name: `  the same as wall-clock time of its tasks, ${name}`, value: median(wall), unit: 'ms', spread: spreadOf(wall), runs: times.length },
  ];
}

/** Main-thread time, long tasks and heap the content script adds to the sites' pages; the parsers' own cost. */
export async function pageFigures(runs: number): Promise<Figure[]> {
  const { pages, list100, list1000Steps } = await buildRequestPages();
  const spaTarget = fixture('xing', 'profile-2025-en.html');
  const served: ServedPage[] = [...pages, { url: spaTarget.url, file: `xing/${spaTarget.file}` }];
  const withExt = await launchChromium(served);
  const without = await launchChromium(served, { withExtension: false });
  const figures: Figure[] = [];
  try {
    for (const p of pages) {
      const isProfile = p.label.includes('profile');
      const a: Load[] = [];
      const b: Load[] = [];
      for (let i = 0; i < runs; i++) {
        b.push(await loadInNewTab(without, p.url));
        a.push(await loadInNewTab(withExt, p.url));
      }
      figures.push(...timeFigures(`${p.label}, loaded in a new tab`, a.map((x) => x.time), isProfile ? 10 : undefined));
      // The page's own load tasks come close to 50 ms on a slow machine; a long task is ours only if it ran our code.
      const ours = Math.max(...a.map((x) => x.time.longTasks));
      figures.push({ group: 'page cost', name: `long tasks ≥ 50 ms running content-script code, ${p.label} (most in one load)`, value: ours, unit: '', budget: budget(ours, 0, 'tasks') });
      const longWith = median(a.map((x) => x.longTasks));
      const longWithout = median(b.map((x) => x.longTasks));
      figures.push({ group: 'page cost', name: `  all long tasks of the page, ${p.label} (with / without the extension)`, value: longWith, unit: `/ ${longWithout}` });
      const heapAdded = (median(a.map((x) => x.heapMB)) - median(b.map((x) => x.heapMB))) * 1024;
      figures.push({ group: 'memory', name: `JS heap added, ${p.label}`, value: heapAdded, unit: 'kB', budget: budget(heapAdded, 1024, 'kB') });
      if (isProfile) figures.push(...timeFigures(`${p.label}, reloaded in the same tab`, await reloads(withExt, p.url, runs), 10));
    }
    figures.push(...timeFigures('XING profile opened by in-page navigation (single-page app)', await inPageNavigations(withExt, pages[0]!.url, spaTarget, runs), 10));
    const grow = await loadInNewTab(withExt, list100.url, async (page) => {
      for (const step of list1000Steps) {
        await page.evaluate(step);
        await page.waitForTimeout(700);
      }
    });
    figures.push(...timeFigures('XING list of 100 loaded, then grown to 1,000 by infinite scroll', [grow.time]));
    figures.push({ group: 'page cost', name: 'long tasks ≥ 50 ms running content-script code, XING list grown to 1,000', value: grow.time.longTasks, unit: '', budget: budget(grow.time.longTasks, 0, 'tasks') });
    figures.push(...(await parserCost(without, list100.url, runs)));
  } finally {
    await withExt.close();
    await without.close();
  }
  return figures;
}

/** The same profile reloaded in one tab: the renderer keeps the compiled script, as when browsing in a tab. */
async function reloads(session: ChromiumSession, url: string, runs: number): Promise<ScriptTime[]> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const times: ScriptTime[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await traceScriptTime(session.context, page, WORLD, async () => {
      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
    }));
  }
  await page.close();
  return times;
}

/** One profile, then another shown by pushState and a re-rendered body, as both sites do on a link click. */
async function inPageNavigations(session: ChromiumSession, fromUrl: string, target: FixtureEntry, runs: number): Promise<ScriptTime[]> {
  const html = readFileSync(resolve(FIXTURES_DIR, 'xing', target.file), 'utf8');
  const to = new URL(target.url);
  const times: ScriptTime[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.context.newPage();
    await page.goto(fromUrl, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    times.push(await traceScriptTime(session.context, page, WORLD, async () => {
      await page.evaluate(showInPlace, [html, `${to.pathname}${to.search}`] as const);
      await page.waitForTimeout(SETTLE_MS);
    }));
    await page.close();
  }
  // The measurement means something only if the content script read the second profile.
  const ext = await session.openExtensionPage('popup.html');
  const key = target.expect.person!.key;
  const res = await sendFromPage<{ ok: boolean; data?: { view: unknown } }>(ext, 'person/get', { platform: 'xing', key });
  await ext.close();
  if (!res.ok || !res.data?.view) throw new Error('the in-page navigation was not read: its figure would be meaningless');
  return times;
}

/**
 * The parser alone on a 100-request page, in the page's main thread of real Chromium: `runs` × 4 parses in each
 * of three fresh pages (the first parse of each is the cold one), median over all.
 */
async function parserCost(session: ChromiumSession, url: string, runs: number): Promise<Figure[]> {
  const code = await bundle('parse-entry.ts');
  const ms: number[] = [];
  let requests = 0;
  for (let i = 0; i < 3; i++) {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.evaluate(code);
    const times = (await page.evaluate(`window.__hsParse(${runs * 4})`)) as { ms: number[]; requests: number };
    await page.close();
    ms.push(...times.ms);
    requests = times.requests;
  }
  const m = median(ms);
  return [
    { group: 'page cost', name: `parse a XING request page with ${requests} requests (no rendering)`, value: m, unit: 'ms', spread: [Math.min(...ms), Math.max(...ms)], runs: ms.length, budget: budget(m, 15, 'ms') },
  ];
}
