import type { Page } from 'playwright-core';
import { callBench } from './call';
import { budget, repeat, type Figure } from './stats';

/** The collector score in an extension page of real Chromium: history building and one new request, at growing sizes. */
export async function scoringFigures(page: Page, runs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of [1_000, 10_000, 30_000]) {
    const build = await repeat(runs, async () => (await callBench(page, 'scoringBuild', n)).ms);
    figures.push({
      group: 'scoring',
      name: `fingerprint ${n.toLocaleString('en')} notes (build the history)`,
      value: build.median,
      unit: 'ms',
      spread: build.spread,
      runs,
      ...(n === 10_000 ? { budget: budget(build.median, 1000, 'ms') } : {}),
    });
    const one = await repeat(runs, async () => (await callBench(page, 'scoringOne', n, 50)).medianMs);
    figures.push({
      group: 'scoring',
      name: `score one new request against ${n.toLocaleString('en')} notes (median of 50)`,
      value: one.median,
      unit: 'ms',
      spread: one.spread,
      runs,
      ...(n === 10_000 ? { budget: budget(one.median, 5, 'ms') } : {}),
    });
  }
  return figures;
}
