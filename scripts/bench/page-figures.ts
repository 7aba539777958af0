import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../lib/chromium';
import type { ServedPage } from '../lib/site-server';
import { bundle } from './browser-bundle';
import { buildRequestPages } from './request-pages';
import { budget, median, type Figure } from './stats';

interface Load {
  taskMs: number;
  heapMB: number;
  longTasks: number[];
}

// Long tasks are collected from the start of every page (buffered), for both sessions alike.
const LONGTASK_INIT = `(() => { const seen = []; window.__hsLongTasks = seen;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {} })();`;

async function measureLoad(session: ChromiumSession, url: string, settleMs: number, after?: (page: Page) => Promise<void>): Promise<Load> {
  const page = await session.context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  if (after) await after(page);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const longTasks = (await page.evaluate('window.__hsLongTasks || []')) as number[];
  await page.close();
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { taskMs: metric('TaskDuration') * 1000, heapMB: heap.usedSize / 1024 / 1024, longTasks };
}

async function compare(withExt: ChromiumSession, without: ChromiumSession, url: string, runs: number, settleMs: number, after?: (page: Page) => Promise<void>) {
  const a: Load[] = [];
  const b: Load[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(await measureLoad(without, url, settleMs, after));
    a.push(await measureLoad(withExt, url, settleMs, after));
  }
  const added = a.map((x, i) => x.taskMs - b[i]!.taskMs);
  return {
    addedMs: median(added),
    spread: [Math.min(...added), Math.max(...added)] as [number, number],
    heapAddedMB: median(a.map((x) => x.heapMB)) - median(b.map((x) => x.heapMB)),
    longWith: median(a.map((x) => x.longTasks.filter((d) => d >= 50).length)),
    longWithout: median(b.map((x) => x.longTasks.filter((d) => d >= 50).length)),
  };
}

/** Main-thread time, long tasks and heap the content script adds to the sites' pages; the parsers' own cost. */
export async function pageFigures(runs: number): Promise<Figure[]> {
  const { pages, list100, list1000Steps } = await buildRequestPages();
  const served: ServedPage[] = pages;
  const withExt = await launchChromium(served);
  const without = await launchChromium(served, { withExtension: false });
  const figures: Figure[] = [];
  try {
    for (const p of pages) {
      const r = await compare(withExt, without, p.url, runs, 1500);
      const isProfile = p.label.includes('profile');
      figures.push({ group: 'page cost', name: `main-thread time added, ${p.label}`, value: r.addedMs, unit: 'ms', spread: r.spread, runs, ...(isProfile ? { budget: budget(r.addedMs, 10, 'ms') } : {}) });
      figures.push({ group: 'page cost', name: `long tasks ≥ 50 ms, ${p.label} (with / without)`, value: r.longWith, unit: `/ ${r.longWithout}`, budget: budget(r.longWith - r.longWithout, 0, 'added') });
      if (isProfile || p.label.includes('100 ')) {
        figures.push({ group: 'memory', name: `JS heap added, ${p.label}`, value: r.heapAddedMB * 1024, unit: 'kB', budget: budget(r.heapAddedMB * 1024, 1024, 'kB') });
      }
    }
    const grow = await compare(withExt, without, list100.url, Math.min(runs, 3), 1500, async (page) => {
      for (const step of list1000Steps) {
        await page.evaluate(step);
        await page.waitForTimeout(700);
      }
    });
    figures.push({ group: 'page cost', name: 'main-thread time added, XING list grown 100 → 1,000 by infinite scroll', value: grow.addedMs, unit: 'ms', spread: grow.spread, runs: Math.min(runs, 3) });
    figures.push(...(await parserCost(without, list100.url, runs)));
  } finally {
    await withExt.close();
    await without.close();
  }
  return figures;
}

/** The parser alone on a 100-request page, in the page's main thread of real Chromium. */
async function parserCost(session: ChromiumSession, url: string, runs: number): Promise<Figure[]> {
  const code = await bundle('parse-entry.ts');
  const page = await session.context.newPage();
  await page.goto(url);
  await page.evaluate(code);
  const times = (await page.evaluate(`window.__hsParse(${runs * 4})`)) as { ms: number[]; requests: number };
  await page.close();
  const m = median(times.ms);
  return [
    { group: 'page cost', name: `parse a XING request page with ${times.requests} requests (no rendering)`, value: m, unit: 'ms', spread: [Math.min(...times.ms), Math.max(...times.ms)], runs: times.ms.length, budget: budget(m, 15, 'ms') },
  ];
}
