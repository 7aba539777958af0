import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from '../lib/chromium';
import { fixture } from '../lib/fixture-manifest';
import type { ServedPage } from '../lib/site-server';
import { BASELINE_WORLD, writeBaselineExtension } from './baseline-extension';
import { bundle } from './browser-bundle';
import { inPageNavigations, loadInNewTab, reloads, type Load } from './page-loads';
import { buildRequestPages } from './request-pages';
import { knownProfileLoads } from './card-figures';
import type { ScriptTime } from './script-time';
import { budget, median, type Figure } from './stats';
import { spreadOf, timeFigures } from './time-figures';
import { badgeFigures } from './badge-figures';

/** New-tab loads of each profile page (at least; the bench's run count when that is higher). */
const PROFILE_LOADS = 11;

/** Main-thread time, long tasks and heap the content script adds to the sites' pages; the parsers' own cost. */
export async function pageFigures(runs: number): Promise<Figure[]> {
  const { pages, list100, list1000Steps } = await buildRequestPages();
  const spaTarget = fixture('xing', 'profile-2025-en.html');
  const served: ServedPage[] = [...pages, { url: spaTarget.url, file: `xing/${spaTarget.file}` }];
  const withExt = await launchChromium(served);
  const without = await launchChromium(served, { withExtension: false });
  const baselineDir = writeBaselineExtension();
  const baseline = await launchChromium(served, { extensionPath: baselineDir });
  const figures: Figure[] = [];
  try {
    for (const p of pages) {
      const isProfile = p.label.includes('profile');
      const a: Load[] = [];
      const b: Load[] = [];
      const floor: Load[] = [];
      // A profile's new-tab figure decides a budget and spreads by ±2 ms between loads: more loads for its median.
      const loads = isProfile ? Math.max(runs, PROFILE_LOADS) : runs;
      for (let i = 0; i < loads; i++) {
        b.push(await loadInNewTab(without, p.url));
        a.push(await loadInNewTab(withExt, p.url));
        if (isProfile) floor.push(await loadInNewTab(baseline, p.url, { world: BASELINE_WORLD }));
      }
      figures.push(...timeFigures(`${p.label}, loaded in a new tab`, a.map((x) => x.time), isProfile ? 10 : undefined, floor.map((x) => x.time)));
      if (isProfile) figures.push(...(await newTabBreakdown(withExt, p.url, p.label, floor)));
      // The page's own load tasks come close to 50 ms on a slow machine; a long task is ours only if it ran our code.
      const ours = Math.max(...a.map((x) => x.time.longTasks));
      figures.push({ group: 'page cost', name: `long tasks ≥ 50 ms running content-script code, ${p.label} (most in one load)`, value: ours, unit: '', budget: budget(ours, 0, 'tasks') });
      const longWith = median(a.map((x) => x.longTasks));
      const longWithout = median(b.map((x) => x.longTasks));
      figures.push({ group: 'page cost', name: `  all long tasks of the page, ${p.label} (with / without the extension)`, value: longWith, unit: `/ ${longWithout}` });
      const heapAdded = (median(a.map((x) => x.heapMB)) - median(b.map((x) => x.heapMB))) * 1024;
      figures.push({ group: 'memory', name: `JS heap added, ${p.label}`, value: heapAdded, unit: 'kB', budget: budget(heapAdded, 1024, 'kB') });
      if (isProfile && p.reload !== false) figures.push(...timeFigures(`${p.label}, reloaded in the same tab`, await reloads(withExt, p.url, runs), 10));
      // The same profile once the person is in the journal: the recognition card's code is loaded and shown (issue 18: ≤ 15 ms).
      if (isProfile && p.reload !== false) figures.push(...timeFigures(`${p.label}, person known (card shown), loaded in a new tab`, (await knownProfileLoads(withExt, p.url, loads)).map((x) => x.time), 15, floor.map((x) => x.time)));
    }
    figures.push(...timeFigures('XING profile opened by in-page navigation (single-page app)', await inPageNavigations(withExt, pages[0]!.url, spaTarget, runs), 10));
    const grow = await loadInNewTab(withExt, list100.url, {
      after: async (page) => {
        for (const step of list1000Steps) {
          await page.evaluate(step);
          await page.waitForTimeout(700);
        }
      },
    });
    figures.push(...timeFigures('XING list of 100 loaded, then grown to 1,000 by infinite scroll', [grow.time]));
    figures.push({ group: 'page cost', name: 'long tasks ≥ 50 ms running content-script code, XING list grown to 1,000', value: grow.time.longTasks, unit: '', budget: budget(grow.time.longTasks, 0, 'tasks') });
    figures.push(...(await parserCost(without, list100.url, runs)));
    const lists = pages.filter((p) => p.label.includes('100 requests')).map((p) => ({ label: p.label, url: p.url, cards: 100 }));
    figures.push(...(await badgeFigures(withExt, without, lists, { url: list100.url, steps: list1000Steps }, runs)));
  } finally {
    await withExt.close();
    await without.close();
    await baseline.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
  return figures;
}

/**
 * Only the in-page badges' figures (`--only=badges`), of each build given (an A/B of two builds in one run:
 * `--builds=<dir>,<dir>`, each figure named after its build), else of the Chrome build.
 */
export async function badgePageFigures(runs: number, builds: readonly string[] = [CHROME_BUILD]): Promise<Figure[]> {
  const { pages, list100, list1000Steps } = await buildRequestPages();
  const lists = pages.filter((p) => p.label.includes('100 requests')).map((p) => ({ label: p.label, url: p.url, cards: 100 }));
  const without = await launchChromium(pages, { withExtension: false });
  const figures: Figure[] = [];
  try {
    for (const build of builds) {
      const session = await launchChromium(pages, { extensionPath: build });
      try {
        // The journal learns the lists first (as on a user's second visit), as in the full page figures.
        for (const list of lists) await loadInNewTab(session, list.url);
        const named = await badgeFigures(session, without, lists, { url: list100.url, steps: list1000Steps }, runs);
        figures.push(...(builds.length > 1 ? named.map((f) => ({ ...f, name: `[${basename(build)}] ${f.name}` })) : named));
      } finally {
        await session.close();
      }
    }
  } finally {
    await without.close();
  }
  return figures;
}

/**
 * What a new tab's figure is made of: the baseline extension's cost (a content script that sends one
 * message) and the share spent compiling JavaScript (Chromium keeps no code cache for content scripts,
 * so every new renderer process compiles the script and each function it runs). Compile time is traced
 * in loads of its own: its trace category adds a little overhead per compiled function.
 */
async function newTabBreakdown(session: ChromiumSession, url: string, label: string, floor: Load[]): Promise<Figure[]> {
  const loads: ScriptTime[] = [];
  for (let i = 0; i < 3; i++) loads.push((await loadInNewTab(session, url, { compile: true })).time);
  const traced = loads.filter((t) => t.ran);
  if (!traced.length) return [];
  const compile = median(traced.map((t) => t.compileMs ?? 0));
  const total = median(traced.map((t) => t.cpuMs));
  const floorCpu = floor.filter((x) => x.time.ran).map((x) => x.time.cpuMs);
  return [
    { group: 'page cost', name: `  baseline: a content script that only sends one message, ${label}, new tab`, value: median(floorCpu), unit: 'ms', spread: spreadOf(floorCpu), runs: floorCpu.length },
    { group: 'page cost', name: `  of which compiling JavaScript, ${label}, new tab`, value: compile, unit: 'ms', spread: spreadOf(traced.map((t) => t.compileMs ?? 0)), runs: traced.length, ratio: `${Math.round((compile / total) * 100)} % of ${total.toFixed(1)} ms traced` },
  ];
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
