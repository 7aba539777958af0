// npx tsx scripts/content-script-ab.ts [--site=xing|linkedin] [--fixture=<file>] [--runs=N] <a.js> <b.js> …
// Compares versions of a built content script (e.g. the current build and a copy with a part taken out) on one
// fixture page loaded in a new tab: one Chromium per version, loads in alternation so that the machine's drift
// hits all alike; prints the median and spread of the content script's main-thread CPU time per version.
// `current` stands for the script as built in .output/chrome-mv3. Build first (`npm run build`).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInNewTab } from './bench/page-loads';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from './lib/chromium';
import { fixturePageOption, option } from './lib/fixture-page-options';

const { site, page } = fixturePageOption();
const runs = Number(option('runs', '13'));
const versions = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!versions.length) throw new Error('usage: npx tsx scripts/content-script-ab.ts [--site=…] [--fixture=…] [--runs=N] <a.js|current> <b.js> …');

const dirs: string[] = [];
const sessions: ChromiumSession[] = [];
const cpu: number[][] = versions.map(() => []);
const missed: number[] = versions.map(() => 0);
try {
  for (const version of versions) {
    const dir = mkdtempSync(join(tmpdir(), 'handschlag-ab-'));
    cpSync(CHROME_BUILD, dir, { recursive: true });
    if (version !== 'current') writeFileSync(join(dir, `content-scripts/${site}.js`), readFileSync(version, 'utf8'));
    dirs.push(dir);
    sessions.push(await launchChromium([{ url: page.url, file: `${site}/${page.file}` }], { extensionPath: dir }));
  }
  for (let run = 0; run < runs; run++) {
    for (const [i, session] of sessions.entries()) {
      const { time } = await loadInNewTab(session, page.url);
      // A load whose trace is incomplete measured nothing (script-time.ts): counted apart, not as 0 ms.
      if (time.ran) cpu[i]!.push(time.cpuMs);
      else missed[i]!++;
    }
  }
} finally {
  for (const session of sessions) await session.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
console.log(`${site} ${page.file}, new tab, ${runs} loads each: content-script main-thread CPU (ms)`);
for (const [i, version] of versions.entries()) {
  const xs = [...cpu[i]!].sort((a, b) => a - b);
  const left = missed[i] ? `, ${missed[i]} loads without a complete trace left out` : '';
  if (!xs.length) console.log(`${version.padEnd(40)} not measured${left}`);
  else console.log(`${version.padEnd(40)} median ${xs[xs.length >> 1]!.toFixed(2)}  (${xs[0]!.toFixed(1)}–${xs[xs.length - 1]!.toFixed(1)})${left}`);
}
