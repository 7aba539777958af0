import type { Page, Worker } from 'playwright-core';
import { repeat, type Figure } from './stats';

type Bench = {
  raw(n: number, batch: number): Promise<{ writeMs: number; readMs: number; count: number }>;
  journalWrite(name: string, n: number, requestsPer: number): Promise<{ peopleMs: number; requestsMs: number; people: number; requests: number }>;
  lookups(name: string, n: number, samples: number): Promise<{ medianMs: number }>;
  search(name: string, query: string): Promise<{ medianMs: number; maxMs: number }>;
  deleteDb(name: string): Promise<void>;
};
type Host = Page | Worker;
// Page and Worker have the same evaluate(); the union of their overloads is not callable, so one is named.
const call = <K extends keyof Bench>(host: Host, fn: K, ...args: Parameters<Bench[K]>) =>
  (host as Page).evaluate(([f, a]) => ((globalThis as unknown as { __hsBench: Record<string, (...x: unknown[]) => unknown> }).__hsBench[f as string]!(...(a as unknown[]))), [fn, args] as const) as Promise<Awaited<ReturnType<Bench[K]>>>;

const RAW_N = 10_000;

/** Raw IndexedDB limits from the extension's page and worker, then the journal's own API measured against them. */
export async function journalFigures(page: Page, worker: Worker, sizes: readonly number[], runs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  const rawRate: Record<string, { write: number; read: number }> = {};
  for (const [label, host] of [['page', page], ['worker', worker]] as const) {
    const write = await repeat(runs, async () => RAW_N / ((await call(host, 'raw', RAW_N, 1000)).writeMs / 1000));
    const read = await repeat(runs, async () => RAW_N / ((await call(host, 'raw', RAW_N, 1000)).readMs / 1000));
    rawRate[label] = { write: write.median, read: read.median };
    figures.push({ group: 'raw IndexedDB', name: `write 10,000 × 320 B in 1,000-record transactions (${label})`, value: write.median / 1000, unit: 'k records/s', spread: [write.spread[0] / 1000, write.spread[1] / 1000], runs });
    figures.push({ group: 'raw IndexedDB', name: `getAll of 10,000 records (${label})`, value: read.median / 1000, unit: 'k records/s', spread: [read.spread[0] / 1000, read.spread[1] / 1000], runs });
  }
  for (const n of sizes) {
    const name = `hs-bench-journal-${n}`;
    await call(page, 'deleteDb', name);
    const w = await call(page, 'journalWrite', name, n, 1);
    const peopleRate = n / (w.peopleMs / 1000);
    figures.push({ group: 'journal', name: `write ${n.toLocaleString('en')} people (person + identity + snapshot, batches of 500)`, value: w.peopleMs / 1000, unit: 's', ratio: `${(peopleRate / rawRate.page!.write).toFixed(2)}× raw write rate (3 records each)`, runs: 1 });
    figures.push({ group: 'journal', name: `record ${w.requests.toLocaleString('en')} requests for them (lists of 250)`, value: w.requestsMs / 1000, unit: 's', ratio: `${((w.requests / (w.requestsMs / 1000)) / rawRate.page!.write).toFixed(2)}× raw write rate`, runs: 1 });
    const lookup = await repeat(runs, async () => (await call(page, 'lookups', name, n, 200)).medianMs);
    figures.push({ group: 'journal', name: `lookup by profile key, ${n.toLocaleString('en')} people`, value: lookup.median, unit: 'ms', spread: lookup.spread, runs });
    const search = await repeat(runs, async () => (await call(page, 'search', name, 'müller')).medianMs);
    figures.push({ group: 'journal', name: `search without the worker's index (read, validate, filter all), ${n.toLocaleString('en')} people`, value: search.median, unit: 'ms', spread: search.spread, runs });
    await call(page, 'deleteDb', name);
  }
  return figures;
}
