// npx tsx scripts/card-ab.ts [--site=xing|linkedin] [--fixture=<file>] [--runs=N] [--compile] <build dir|current> …
// Compares builds of the extension (e.g. `current`, .output/chrome-mv3, and a copy of an earlier build) on a
// profile whose person the journal knows, so the recognition card loads and shows: one Chromium per build, new-tab
// loads in alternation so that the machine's drift hits all alike. Prints the median and spread of the content
// scripts' main-thread CPU time per build (reader + card), of the part from the card script's evaluation on (what
// the card adds), and of a profile of someone unknown in the same browsers (the reader alone).
import { resolve } from 'node:path';
import { cardLoad, makeKnown } from './bench/card-figures';
import { loadInNewTab } from './bench/page-loads';
import { median } from './bench/stats';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from './lib/chromium';
import { fixture } from './lib/fixture-manifest';
import { fixturePageOption, option } from './lib/fixture-page-options';

const { site, page } = fixturePageOption();
const unknown = fixture(site, site === 'xing' ? 'profile-2025-en.html' : 'profile-2024-de.html');
const runs = Number(option('runs', '11'));
const compile = process.argv.includes('--compile');
const builds = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((b) => (b === 'current' ? CHROME_BUILD : resolve(b)));
if (!builds.length) throw new Error('usage: npx tsx scripts/card-ab.ts [--site=…] [--fixture=…] [--runs=N] <build dir|current> …');

const served = [page, unknown].map((p) => ({ url: p.url, file: `${site}/${p.file}` }));
const sessions: ChromiumSession[] = [];
const known: number[][] = builds.map(() => []);
const plain: number[][] = builds.map(() => []);
const compiled: number[][] = builds.map(() => []);
const card: number[][] = builds.map(() => []);
const cardEval: number[][] = builds.map(() => []);
try {
  for (const dir of builds) {
    const session = await launchChromium(served, { extensionPath: dir });
    sessions.push(session);
    await loadInNewTab(session, page.url); // read into the journal first
    await makeKnown(session, page.url);
  }
  for (let run = 0; run < runs; run++) {
    for (const [i, session] of sessions.entries()) {
      const a = await cardLoad(session, page.url);
      if (a.time.ran) known[i]!.push(a.time.cpuMs);
      if (a.time.from) {
        card[i]!.push(a.time.from.cpuMs);
        cardEval[i]!.push(a.time.from.evalCpuMs);
      }
      if (compile) {
        const c = await loadInNewTab(session, page.url, { compile: true });
        if (c.time.ran) compiled[i]!.push(c.time.compileMs ?? NaN);
      }
      const b = await loadInNewTab(session, unknown.url);
      if (b.time.ran) plain[i]!.push(b.time.cpuMs);
    }
  }
} finally {
  for (const session of sessions) await session.close();
}
const fmt = (xs: number[]) => (xs.length ? `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}, n=${xs.length})` : 'not measured');
for (const [i, dir] of builds.entries()) {
  console.log(`${dir}\n  ${page.file}, card shown: ${fmt(known[i]!)}${compile ? `; of which compiling ${fmt(compiled[i]!)}` : ''}\n  ${unknown.file}, unknown: ${fmt(plain[i]!)}\n  from the card's evaluation on: ${fmt(card[i]!)}; its evaluation: ${fmt(cardEval[i]!)}`);
}
