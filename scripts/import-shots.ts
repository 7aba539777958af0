// Imports from the dashboard as a user would, in English and German, light and dark: the real sample
// Connections.csv, a corrupted file (refused, rows named), then a made-up 30,000-row one, recording every progress
// text the page shows; screenshots of the progress and the results.
// npx tsx scripts/import-shots.ts <out-dir>   (after `npx wxt build`)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium';
import { connectionsCsv } from './bench/import-data';

const out = resolve(process.argv[2] ?? '.tmp/import-shots');
const real = readFileSync(resolve('../shared/real-samples/linkedin/Connections_2024_notes-preamble.pseudonymised.csv'));
const corrupt = readFileSync(resolve('tests/fixtures/imports/made-up_corrupt_Connections.csv'));
const big = Buffer.from(connectionsCsv(30_000));
const RUNS = [
  { locale: 'en-US', scheme: 'light' },
  { locale: 'de-DE', scheme: 'light' },
  { locale: 'en-US', scheme: 'dark' },
  { locale: 'de-DE', scheme: 'dark' },
] as const;

for (const { locale, scheme } of RUNS) {
  const lang = `${locale.slice(0, 2)}-${scheme}`;
  const session = await launchChromium([], { locale, colorScheme: scheme });
  try {
    const page = await session.openExtensionPage('options.html#import');
    const input = page.getByTestId('import-file');
    await input.waitFor();
    await input.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: real });
    await page.locator('[data-result]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${out}/real-sample-${lang}.png`, fullPage: true });
    console.log(lang, 'real sample:', await page.locator('[data-result]').innerText());

    await input.setInputFiles({ name: 'Connections-corrupt.csv', mimeType: 'text/csv', buffer: corrupt });
    await page.locator('[data-result="refused"]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${out}/refused-${lang}.png`, fullPage: true });

    await page.evaluate(() => {
      const w = globalThis as unknown as { __seen: { t: number; text: string }[] };
      w.__seen = [];
      new MutationObserver(() => {
        const el = document.querySelector('.import-progress span');
        if (el && el.textContent !== w.__seen.at(-1)?.text) w.__seen.push({ t: performance.now(), text: el.textContent ?? '' });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await input.setInputFiles({ name: 'Connections-30000.csv', mimeType: 'text/csv', buffer: big });
    let shots = 0;
    for (const phase of ['sending', 'checking', 'writing']) {
      const at = page.locator(`.import-progress span[data-phase="${phase}"]`);
      if (await at.waitFor({ timeout: 60_000 }).then(() => true, () => false)) {
        await page.screenshot({ path: `${out}/progress-${phase}-${lang}.png` });
        shots++;
      }
    }
    await page.locator('[data-result="imported"]').waitFor({ timeout: 120_000 });
    await page.screenshot({ path: `${out}/big-result-${lang}.png`, fullPage: true });
    const seen = await page.evaluate(() => (globalThis as unknown as { __seen: { t: number; text: string }[] }).__seen);
    const gaps = seen.slice(1).map((s, i) => s.t - seen[i]!.t);
    console.log(lang, `30,000 rows: ${seen.length} progress texts, ${shots} progress shots, longest gap ${Math.max(0, ...gaps).toFixed(0)} ms`);
    console.log(seen.map((s) => s.text).filter((_, i) => i % 8 === 0 || i === seen.length - 1).join('\n'));
    console.log(lang, 'result:', await page.locator('[data-result]').innerText());
  } finally {
    await session.close();
  }
}
