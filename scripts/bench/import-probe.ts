// Where the dashboard's import progress stalls: imports a 30,000-row Connections.csv from the dashboard (into an
// empty journal, then twice again into the full one) and prints the longest gaps between two visible progress
// updates with the phase and count shown on either side, and the worker's longest synchronous blocks (the lag of
// a 5 ms timer in the service worker) with the progress last pushed before each. Needs a build (`npx wxt build`); run with
// `flock /tmp/handschlag-heavy.lock npx tsx scripts/bench/import-probe.ts [rows]`.
import { launchChromium } from '../lib/chromium';
import { connectionsCsv } from './import-data';

interface Mark {
  t: number;
  text: string;
  /** Date.now(), to compare with the worker's clock. */
  at: number;
}

interface Lag {
  t: number;
  ms: number;
  after: string;
}

/** Put into the service worker: a 5 ms timer whose late turns are the worker's blocks, each with the last push. */
const WORKER_PROBE = () => {
  const w = globalThis as unknown as { __lags: Lag[]; __lastPush: string; chrome: { runtime: { sendMessage: (...a: unknown[]) => unknown } } };
  w.__lags = [];
  w.__lastPush = 'start';
  const runtime = w.chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...a: unknown[]) => {
    const m = a[0] as { type?: string; payload?: { phase?: string; done?: number } };
    if (m?.type === 'import/progress-push') w.__lastPush = `${m.payload?.phase} ${m.payload?.done}`;
    return send(...a);
  };
  let last = performance.now();
  setInterval(() => {
    const t = performance.now();
    if (t - last > 40) w.__lags.push({ t: Date.now(), ms: t - last, after: w.__lastPush });
    last = t;
  }, 5);
};

const rows = Number(process.argv[2] ?? 30_000);
const buffer = Buffer.from(connectionsCsv(rows));
const session = await launchChromium([]);
try {
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  await worker.evaluate(WORKER_PROBE);
  for (const run of ['empty journal', 're-import', 're-import']) {
    await worker.evaluate(() => ((globalThis as unknown as { __lags: Lag[] }).__lags.length = 0));
    const page = await session.openExtensionPage('options.html#import');
    await page.getByTestId('import-file').waitFor();
    await page.evaluate(() => {
      const marks: Mark[] = [];
      (globalThis as unknown as { __marks: Mark[] }).__marks = marks;
      const input = document.querySelector('[data-testid="import-file"]')!;
      input.addEventListener('change', () => marks.push({ t: performance.now(), text: 'file chosen', at: Date.now() }), { capture: true });
      new MutationObserver(() => {
        const span = document.querySelector('.import-progress span');
        const result = document.querySelector('[data-result]');
        const text = span ? `${span.getAttribute('data-phase')} ${span.getAttribute('data-done')} (${span.textContent})` : result ? `result ${result.getAttribute('data-result')}` : 'other';
        if (marks.at(-1)?.text !== text) marks.push({ t: performance.now(), text, at: Date.now() });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByTestId('import-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer });
    await page.locator('[data-result]').waitFor({ timeout: 120_000 });
    const marks = await page.evaluate(() => (globalThis as unknown as { __marks: Mark[] }).__marks);
    const end = marks.findIndex((m) => m.text.startsWith('result'));
    const shown = marks.slice(0, end + 1);
    const gaps = shown.slice(1).map((m, k) => ({ ms: m.t - shown[k]!.t, from: shown[k]!.text, to: m.text }));
    console.log(`\n${run}: ${((shown.at(-1)!.t - shown[0]!.t) / 1000).toFixed(2)} s, ${shown.length} updates; longest gaps:`);
    for (const g of [...gaps].sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${g.ms.toFixed(0).padStart(5)} ms  ${g.from}  ->  ${g.to}`);
    const all = await worker.evaluate(() => (globalThis as unknown as { __lags: Lag[] }).__lags);
    // Only the blocks of the import (the dashboard's own first queries come before the file is chosen).
    const lags = all.filter((l) => l.t - l.ms >= shown[0]!.at && l.t <= shown.at(-1)!.at);
    console.log(`  worker blocks (timer lag) during the import, longest (${all.length - lags.length} outside left out):`);
    for (const l of [...lags].sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${l.ms.toFixed(0).padStart(5)} ms  after push: ${l.after}`);
    await page.close();
  }
} finally {
  await session.close();
}
