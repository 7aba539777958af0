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
  /** CPU time sampled in the extension's own scripts (content script), in ms. */
  extensionMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * Time the sampling profiler saw inside chrome-extension:// scripts, including the functions they call
 * (DOM queries and the like have no URL of their own and count for their caller).
 */
function extensionTime(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inExtension = new Map<number, boolean>();
  const belongs = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const url = node?.callFrame.url ?? '';
    const up = parent.get(id);
    const result = url.startsWith('chrome-extension://') || (url === '' && up !== undefined && belongs(up));
    inExtension.set(id, result);
    return result;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (belongs(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

// Long tasks are collected from the start of every page (buffered), for both sessions alike.
const LONGTASK_INIT = `(() => { const seen = []; window.__hsLongTasks = seen;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {} })();`;

async function measureLoad(session: ChromiumSession, url: string, settleMs: number, after?: (page: Page) => Promise<void>): Promise<Load> {
  const page = await session.context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  if (after) await after(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const longTasks = (await page.evaluate('window.__hsLongTasks || []')) as number[];
  await page.close();
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { taskMs: metric('TaskDuration') * 1000, heapMB: heap.usedSize / 1024 / 1024, longTasks, extensionMs: extensionTime(profile) };
}

async function compare(withExt: ChromiumSession, without: ChromiumSession, url: string, runs: number, settleMs: number, after?: (page: Page) => Promise<void>) {
  const a: Load[] = [];
  const b: Load[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(await measureLoad(without, url, settleMs, after));
    a.push(await measureLoad(withExt, url, settleMs, after));
  }
  const added = a.map((x, i) => x.taskMs - b[i]!.taskMs);
  const own = a.map((x) => x.extensionMs);
  return {
    addedMs: median(added),
    spread: [Math.min(...added), Math.max(...added)] as [number, number],
    ownMs: median(own),
    ownSpread: [Math.min(...own), Math.max(...own)] as [number, number],
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
      figures.push({ group: 'page cost', name: `main-thread time in the content script (profiler), ${p.label}`, value: r.ownMs, unit: 'ms', spread: r.ownSpread, runs, ...(isProfile ? { budget: budget(r.ownMs, 10, 'ms') } : {}) });
      figures.push({ group: 'page cost', name: `page task time with minus without the extension, ${p.label}`, value: r.addedMs, unit: 'ms', spread: r.spread, runs });
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
    figures.push({ group: 'page cost', name: 'main-thread time in the content script (profiler), XING list grown 100 → 1,000 by infinite scroll', value: grow.ownMs, unit: 'ms', spread: grow.ownSpread, runs: Math.min(runs, 3) });
    figures.push({ group: 'page cost', name: 'page task time with minus without the extension, XING list grown 100 → 1,000', value: grow.addedMs, unit: 'ms', spread: grow.spread, runs: Math.min(runs, 3) });
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
