// npx tsx scripts/content-script-ab.ts [--site=xing|linkedin] [--fixture=<file>] [--runs=N] [--compile] <a.js> <b.js> …
// Compares versions of a built content script (e.g. the current build and a copy with a part taken out) on one
// fixture page loaded in a new tab (with --compile also the part of it V8 spent compiling): one Chromium per version, loads in alternation so that the machine's drift
// hits all alike; prints the median and spread of the content script's main-thread CPU time per version.
// `current` stands for the script as built in .output/chrome-mv3. Build first (`npm run build`).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInNewTab } from './bench/page-loads';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from './lib/chromium';
import { fixturePageOption, option } from './lib/fixture-page-options';
import { contentScriptFor } from './lib/manifest-scripts';

const { site, page } = fixturePageOption();
const runs = Number(option('runs', '13'));
// The script the built manifest runs on the page (a profile gets the site's profile reader): the one replaced.
const script = contentScriptFor(CHROME_BUILD, page.url);
const versions = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!versions.length) throw new Error('usage: npx tsx scripts/content-script-ab.ts [--site=…] [--fixture=…] [--runs=N] <a.js|current> <b.js> …');

const dirs: string[] = [];
const sessions: ChromiumSession[] = [];
const cpu: number[][] = versions.map(() => []);
const compile: number[][] = versions.map(() => []);
const withCompile = process.argv.includes('--compile');
const missed: number[] = versions.map(() => 0);
try {
  for (const version of versions) {
    const dir = mkdtempSync(join(tmpdir(), 'handschlag-ab-'));
    cpSync(CHROME_BUILD, dir, { recursive: true });
    if (version !== 'current') writeFileSync(join(dir, script), readFileSync(version, 'utf8'));
    dirs.push(dir);
    sessions.push(await launchChromium([{ url: page.url, file: `${site}/${page.file}` }], { extensionPath: dir }));
  }
  for (let run = 0; run < runs; run++) {
    for (const [i, session] of sessions.entries()) {
      const { time } = await loadInNewTab(session, page.url, { compile: withCompile });
      // A load whose trace is incomplete measured nothing (script-time.ts): counted apart, not as 0 ms.
      if (!time.ran) {
        missed[i]!++;
        continue;
      }
      cpu[i]!.push(time.cpuMs);
      if (time.compileMs !== undefined) compile[i]!.push(time.compileMs);
    }
  }
} finally {
  for (const session of sessions) await session.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
console.log(`${site} ${page.file} (${script}), new tab, ${runs} loads each: content-script main-thread CPU (ms)`);
for (const [i, version] of versions.entries()) {
  const xs = [...cpu[i]!].sort((a, b) => a - b);
  const left = missed[i] ? `, ${missed[i]} loads without a complete trace left out` : '';
  if (!xs.length) console.log(`${version.padEnd(40)} not measured${left}`);
  const cs = [...compile[i]!].sort((a, b) => a - b);
  const compiling = cs.length ? `, compiling ${cs[cs.length >> 1]!.toFixed(2)}` : '';
  if (xs.length) console.log(`${version.padEnd(40)} median ${xs[xs.length >> 1]!.toFixed(2)}  (${xs[0]!.toFixed(1)}–${xs[xs.length - 1]!.toFixed(1)})${compiling}${left}`);
}
