// Import, bulk-path and restore figures (issue "imports, exports and backup"): parsing alone in Node (what
// import-check does), the bulk path and a restore in the extension's page, and a whole import from the dashboard.
import type { Page } from 'playwright-core';
import { parseImport } from '../../utils/import';
import type { ChromiumSession } from '../lib/chromium';
import { callBench } from './call';
import { connectionsCsv } from './import-data';
import type { ImportBenchApi } from './import-in-browser';
import { budget, median, repeat, type Figure } from './stats';

export const IMPORT_ROWS = 30_000;

/** Parsing alone, as `npm run import-check` does it, in rows per second. */
export function parseFigure(runs: number): Figure {
  const bytes = new TextEncoder().encode(connectionsCsv(IMPORT_ROWS));
  const rates: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    let id = 0;
    const t0 = performance.now();
    const data = parseImport('Connections.csv', bytes, { now: () => Date.now(), newId: () => `p${++id}` });
    const rate = data.rows / ((performance.now() - t0) / 1000);
    if (i > 0) rates.push(rate); // the first run compiles the parser
  }
  const value = median(rates) / 1000;
  return { group: 'import', name: `parse a ${IMPORT_ROWS.toLocaleString('en')}-row Connections.csv (Node, as import-check)`, value, unit: 'k rows/s', spread: [Math.min(...rates) / 1000, Math.max(...rates) / 1000], runs, budget: budget(value, 50, 'k rows/s', false) };
}

const callImport = <K extends keyof ImportBenchApi>(page: Page, fn: K, ...args: Parameters<ImportBenchApi[K]>) =>
  (page as Page).evaluate(([f, a]) => (globalThis as unknown as { __hsImportBench: Record<string, (...x: unknown[]) => unknown> }).__hsImportBench[f as string]!(...(a as unknown[])), [fn, args] as const) as Promise<Awaited<ReturnType<ImportBenchApi[K]>>>;

/** The bulk path against the raw write rate measured in the same run, and a restore of a 30,000-person backup. */
export async function bulkFigures(page: Page, bundleText: string, rawWriteRate: number, runs: number): Promise<Figure[]> {
  await page.evaluate(bundleText);
  const rates = await repeat(runs, async () => {
    const r = await callImport(page, 'bulkImport', IMPORT_ROWS);
    return r.records / (r.writeMs / 1000);
  });
  const ratio = rates.median / rawWriteRate;
  const restore = await repeat(Math.min(runs, 3), async () => (await callImport(page, 'restore', IMPORT_ROWS)).ms / 1000);
  const sample = await callImport(page, 'restore', 1000);
  return [
    { group: 'import', name: `bulk path: ${IMPORT_ROWS.toLocaleString('en')} people + identities into an empty journal (page)`, value: rates.median / 1000, unit: 'k records/s', spread: [rates.spread[0] / 1000, rates.spread[1] / 1000], runs, ratio: `${ratio.toFixed(2)}× raw write rate (${(rawWriteRate / 1000).toFixed(1)}k/s)`, budget: budget(Number(ratio.toFixed(2)), 0.5, '× raw', false) },
    { group: 'import', name: `restore a ${IMPORT_ROWS.toLocaleString('en')}-person backup (4 records each, ${(sample.bytes / 1000 * IMPORT_ROWS / 1000 / 1000).toFixed(0)} MB JSON) from its text`, value: restore.median, unit: 's', spread: restore.spread, runs: restore.runs, budget: budget(restore.median, 10, 's') },
  ];
}

/**
 * A whole import from the dashboard: file chosen → background parses and writes → result shown; and the longest
 * gap between two progress updates the page showed meanwhile.
 */
export async function dashboardImportFigures(session: ChromiumSession, runs: number): Promise<Figure[]> {
  const buffer = Buffer.from(connectionsCsv(IMPORT_ROWS));
  const totals: number[] = [];
  const gaps: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.openExtensionPage('options.html#import');
    await page.getByTestId('import-file').waitFor();
    await page.evaluate(() => {
      const w = globalThis as unknown as { __hsImport: { start: number; updates: number[]; phases: string[]; end: number } };
      w.__hsImport = { start: 0, updates: [], phases: [], end: 0 };
      document.querySelector('[data-testid="import-file"]')!.addEventListener('change', () => (w.__hsImport.start = performance.now()), { capture: true });
      new MutationObserver(() => {
        const t = performance.now();
        const shown = document.querySelector('.import-progress span');
        if (shown) {
          w.__hsImport.updates.push(t);
          w.__hsImport.phases.push(`${shown.getAttribute('data-phase')} ${shown.getAttribute('data-done')}`);
        }
        if (document.querySelector('[data-result]') && !w.__hsImport.end) w.__hsImport.end = t;
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByTestId('import-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer });
    await page.locator('[data-result]').waitFor({ timeout: 120_000 });
    const r = await page.evaluate(() => (globalThis as unknown as { __hsImport: { start: number; updates: number[]; phases: string[]; end: number } }).__hsImport);
    const result = await page.locator('[data-result]').getAttribute('data-result');
    if (result !== 'imported') throw new Error(`dashboard import ended as ${result}`);
    totals.push((r.end - r.start) / 1000);
    const points = [r.start, ...r.updates, r.end];
    const between = points.slice(1).map((t, k) => t - points[k]!);
    const at = between.indexOf(Math.max(...between));
    gaps.push(between[at]!);
    // Where the longest gap was (the phase shown before and after it), for the next probe.
    const label = (k: number) => (k === 0 ? 'file chosen' : k > r.phases.length ? 'result' : r.phases[k - 1]);
    console.log(`  import ${i + 1}: longest gap ${between[at]!.toFixed(0)} ms, ${label(at)} -> ${label(at + 1)}`);
    await page.close();
  }
  const total = median(totals);
  const gap = median(gaps);
  return [
    { group: 'import', name: `import a ${IMPORT_ROWS.toLocaleString('en')}-row Connections.csv from the dashboard, end to end (read, send, parse, write, shown)`, value: total, unit: 's', spread: [Math.min(...totals), Math.max(...totals)], runs, budget: budget(total, 5, 's') },
    { group: 'import', name: 'longest time between two visible progress updates during that import', value: gap, unit: 'ms', spread: [Math.min(...gaps), Math.max(...gaps)], runs, budget: budget(gap, 250, 'ms') },
  ];
}
