import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../lib/chromium';
import { sendFromPage } from '../lib/ext-message';
import { probeBadges, type BadgeMark } from './badge-probe';
import { loadInNewTab, type Load } from './page-loads';
import { budget, median, type Figure } from './stats';
import { spreadOf, timeFigures } from './time-figures';

// The in-page badges' cost on request lists (issue 17 "Budgets"): the same lists with the badges on and off
// ('Show results only in the popup'), alternating in one run; when the badges show; a list growing by scroll.

const SETTLE_MS = 1500;
const STEP_MS = 700;

interface List {
  label: string;
  url: string;
  cards: number;
}

const setBadges = async (ext: Page, on: boolean) => void (await sendFromPage(ext, 'settings/update', { patch: { inPageBadges: on } }));

/** `runs` new-tab loads of each list with the badges off, on, and without the extension (heap), interleaved. */
export async function badgeFigures(withExt: ChromiumSession, without: ChromiumSession, lists: readonly List[], growth: { url: string; steps: readonly string[] }, runs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  const ext = await withExt.openExtensionPage('popup.html');
  try {
    for (const list of lists) {
      const on: Load[] = [];
      const off: Load[] = [];
      const bare: Load[] = [];
      for (let i = 0; i < runs; i++) {
        await setBadges(ext, false);
        off.push(await loadInNewTab(withExt, list.url));
        await setBadges(ext, true);
        on.push(await loadInNewTab(withExt, list.url));
        bare.push(await loadInNewTab(without, list.url));
      }
      figures.push(...onOffFigures(list.label, on, off, bare));
      figures.push(...(await shownFigures(withExt, list, runs)));
    }
    figures.push(...(await growthFigures(withExt, ext, growth)));
  } finally {
    await setBadges(ext, true);
    await ext.close();
  }
  return figures;
}

function onOffFigures(label: string, on: Load[], off: Load[], bare: Load[]): Figure[] {
  const cpu = (loads: Load[]) => median(loads.filter((x) => x.time.ran).map((x) => x.time.cpuMs));
  const ratio = cpu(on) / cpu(off);
  const long = Math.max(...on.map((x) => x.time.longTasks));
  const heap = (loads: Load[]) => (median(loads.map((x) => x.heapMB)) - median(bare.map((x) => x.heapMB))) * 1024;
  return [
    ...timeFigures(`${label}, badges off`, off.map((x) => x.time)),
    ...timeFigures(`${label}, badges on`, on.map((x) => x.time), undefined, off.map((x) => x.time), 'badges off'),
    { group: 'page cost', name: `content-script CPU with badges / without, ${label} (same run)`, value: ratio, unit: '×', budget: budget(Number(ratio.toFixed(2)), 1.3, '×') },
    { group: 'page cost', name: `long tasks ≥ 50 ms running content-script code, ${label}, badges on (most in one load)`, value: long, unit: '', budget: budget(long, 0, 'tasks') },
    { group: 'memory', name: `JS heap added, ${label}, badges on`, value: heap(on), unit: 'kB', budget: budget(heap(on), 1536, 'kB') },
    { group: 'memory', name: `  JS heap added, ${label}, badges off`, value: heap(off), unit: 'kB' },
  ];
}

/** From the list in the DOM (document parsed) to every card's badge shown, and to every badge showing its score. */
async function shownFigures(session: ChromiumSession, list: List, runs: number): Promise<Figure[]> {
  const all: number[] = [];
  const scored: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { parsed, marks } = await probeBadges(session, list.url, SETTLE_MS);
    if (marks.length !== list.cards) throw new Error(`${marks.length} badges on ${list.label}, not ${list.cards}: its figures would be meaningless`);
    all.push(Math.max(...marks.map((m) => m.added)) - parsed);
    scored.push(Math.max(...marks.map((m) => m.scored ?? Number.POSITIVE_INFINITY)) - parsed);
  }
  const m = median(all);
  return [
    { group: 'page cost', name: `${list.label}: list in the DOM → every badge shown (new tab)`, value: m, unit: 'ms', spread: spreadOf(all), runs, budget: budget(m, 100, 'ms') },
    { group: 'page cost', name: `  the same until every badge shows its score (the reader's send and the journal's answer included)`, value: median(scored), unit: 'ms', spread: spreadOf(scored), runs },
  ];
}

/** XING's list grown to 1,000 by scroll with the badges off and on (CPU, long tasks), and when new cards get badges. */
async function growthFigures(session: ChromiumSession, ext: Page, growth: { url: string; steps: readonly string[] }): Promise<Figure[]> {
  const grow = async (page: Page) => {
    for (const step of growth.steps) {
      await page.evaluate(step);
      await page.waitForTimeout(STEP_MS);
    }
  };
  await setBadges(ext, false);
  const off = await loadInNewTab(session, growth.url, { after: grow });
  await setBadges(ext, true);
  const on = await loadInNewTab(session, growth.url, { after: grow });
  const starts: number[] = [];
  const { marks } = await probeBadges(session, growth.url, SETTLE_MS, async (page) => {
    for (const step of growth.steps) {
      starts.push((await page.evaluate(`(() => { const t0 = performance.now(); ${step}; return t0; })()`)) as number);
      await page.waitForTimeout(STEP_MS);
    }
  });
  // Per step of 100 cards (numbered 1000 + 100 × step + i by the bench): its slowest card.
  const stepOf = (m: BadgeMark) => Math.floor((Number(/x(\d+)$/.exec(m.href)?.[1] ?? -1) - 1000) / 100);
  const counts = starts.map((_, i) => marks.filter((m) => stepOf(m) === i).length);
  const slowest = (of: (m: BadgeMark) => number | undefined) =>
    starts.map((t0, i) => Math.max(...marks.filter((m) => stepOf(m) === i).map((m) => (of(m) ?? Number.POSITIVE_INFINITY) - t0)));
  const shown = slowest((m) => m.added);
  const scored = slowest((m) => m.scored);
  const name = 'XING list of 100 loaded, then grown to 1,000 by infinite scroll';
  const timing: Figure[] = counts.every((n) => n === 100)
    ? [
        { group: 'page cost', name: 'card added by infinite scroll → its badge shown (slowest card of each 100-card step)', value: median(shown), unit: 'ms', spread: spreadOf(shown), runs: shown.length, budget: budget(Math.max(...shown), 50, 'ms (every step)') },
        { group: 'page cost', name: `  the same until it shows its score (after the reader's 400 ms pause, its send, the journal's answer)`, value: median(scored), unit: 'ms', spread: spreadOf(scored), runs: scored.length },
      ]
    : [{ group: 'page cost', name: `card added by infinite scroll → its badge shown: not measured (badges per step: ${counts.join(', ')})`, value: Number.NaN, unit: '' }];
  return [
    ...timeFigures(`${name}, badges off`, [off.time]),
    { group: 'page cost', name: `long tasks ≥ 50 ms running content-script code, XING list grown to 1,000, badges off`, value: off.time.longTasks, unit: '', budget: budget(off.time.longTasks, 0, 'tasks') },
    ...timeFigures(`${name}, badges on`, [on.time], undefined, [off.time], 'badges off'),
    { group: 'page cost', name: `long tasks ≥ 50 ms running content-script code, XING list grown to 1,000, badges on`, value: on.time.longTasks, unit: '', budget: budget(on.time.longTasks, 0, 'tasks') },
    ...timing,
  ];
}
