import type { Page, Worker } from 'playwright-core';
import { callBench } from './call';
import { repeat, type Figure } from './stats';

const RAW_N = 10_000;

export const JOURNAL_DB = 'handschlag-journal';

/** Raw IndexedDB limits from the extension's page and worker, in records per second. */
export async function rawFigures(page: Page, worker: Worker, runs: number): Promise<{ figures: Figure[]; pageWriteRate: number }> {
  const figures: Figure[] = [];
  const rawRate: Record<string, { write: number; read: number }> = {};
  for (const [label, host] of [['page', page], ['worker', worker]] as const) {
    const write = await repeat(runs, async () => RAW_N / ((await callBench(host, 'raw', RAW_N, 1000)).writeMs / 1000));
    const read = await repeat(runs, async () => RAW_N / ((await callBench(host, 'raw', RAW_N, 1000)).readMs / 1000));
    rawRate[label] = { write: write.median, read: read.median };
    figures.push({ group: 'raw IndexedDB', name: `write 10,000 × 320 B in 1,000-record transactions (${label})`, value: write.median / 1000, unit: 'k records/s', spread: [write.spread[0] / 1000, write.spread[1] / 1000], runs });
    figures.push({ group: 'raw IndexedDB', name: `getAll of 10,000 records (${label})`, value: read.median / 1000, unit: 'k records/s', spread: [read.spread[0] / 1000, read.spread[1] / 1000], runs });
  }
  return { figures, pageWriteRate: rawRate.page!.write };
}

/**
 * The journal's own API on the extension's real journal, emptied first and filled with n people (and one
 * request each) in the extension page; every figure is also given as a share of the raw write rate.
 */
export async function journalFigures(page: Page, n: number, rawWriteRate: number, runs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  await callBench(page, 'deleteDb', JOURNAL_DB); // the worker closes its connection on versionchange and reopens later
  const w = await callBench(page, 'journalWrite', JOURNAL_DB, n, 1);
  const peopleRate = n / (w.peopleMs / 1000);
  figures.push({ group: 'journal', name: `write ${n.toLocaleString('en')} people (person + identity + snapshot, batches of 500)`, value: w.peopleMs / 1000, unit: 's', ratio: `${(peopleRate / rawWriteRate).toFixed(2)}× raw write rate (3 records each)`, runs: 1 });
  figures.push({ group: 'journal', name: `record ${w.requests.toLocaleString('en')} pending requests for them (lists of 250)`, value: w.requestsMs / 1000, unit: 's', ratio: `${(w.requests / (w.requestsMs / 1000) / rawWriteRate).toFixed(2)}× raw write rate`, runs: 1 });
  const lookup = await repeat(runs, async () => (await callBench(page, 'lookups', JOURNAL_DB, n, 200)).medianMs);
  figures.push({ group: 'journal', name: `lookup by profile key, ${n.toLocaleString('en')} people`, value: lookup.median, unit: 'ms', spread: lookup.spread, runs });
  const search = await repeat(runs, async () => (await callBench(page, 'search', JOURNAL_DB, 'müller')).medianMs);
  figures.push({ group: 'journal', name: `search without the worker's index (read, validate, filter all), ${n.toLocaleString('en')} people`, value: search.median, unit: 'ms', spread: search.spread, runs });
  return figures;
}
