// HANDSCHLAG_UNMINIFIED=1 npx wxt build && npx tsx scripts/compiled-functions.ts [--site=xing|linkedin] [--fixture=<file>] [--functions]
// Which of the content script's functions V8 compiles when a fixture page is loaded in a new tab (each one is
// compiled on its first call: in a new renderer process that is the bulk of the script's cost), grouped by source
// module with their source size; --functions lists each function (name, module, size) in the order compiled. Uses V8's function-event log (--log-function-events). The unminified build keeps
// the bundler's module comments, which tell the modules apart.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, launchChromium } from './lib/chromium';
import { fixturePageOption } from './lib/fixture-page-options';
import { contentScriptFor } from './lib/manifest-scripts';

const listFunctions = process.argv.includes('--functions');

const { site, page } = fixturePageOption();
const script = readFileSync(join(CHROME_BUILD, contentScriptFor(CHROME_BUILD, page.url)), 'utf8');
if (!script.includes('\n\t// utils/')) throw new Error('build unminified first: HANDSCHLAG_UNMINIFIED=1 npx wxt build');

const logs = mkdtempSync(join(tmpdir(), 'handschlag-v8log-'));
const session = await launchChromium([{ url: page.url, file: `${site}/${page.file}` }], {
  args: [`--js-flags=--log-function-events --logfile=${join(logs, 'v8-%p.log')} --logfile-per-isolate`],
});
try {
  const tab = await session.context.newPage();
  await tab.goto(page.url, { waitUntil: 'load' });
  await tab.waitForTimeout(1500);
} finally {
  await session.close();
}

// The module a source offset belongs to, from the bundler's "// path" comments.
const modules = [...script.matchAll(/\n\t\/\/ ((?:node_modules|utils|entrypoints)\S*)/g)].map((m) => ({ at: m.index, name: m[1]! }));
const moduleAt = (offset: number) => modules.findLast((m) => m.at <= offset)?.name ?? '(top)';
const compiled = new Map<string, { count: number; bytes: number }>();
const seen = new Set<string>();
const order: string[] = [];
for (const file of readdirSync(logs)) {
  const text = readFileSync(join(logs, file), 'utf8');
  const scriptId = /^script-details,(\d+),chrome-extension:\/\/[^,]*\/content-scripts\//m.exec(text)?.[1];
  if (!scriptId) continue;
  // function,interpreter,<script>,<start>,<end>,<ms>,<time>,<name>: a function compiled to bytecode.
  for (const line of text.split('\n')) {
    const [kind, event, id, start, end, , , name] = line.split(',');
    if (kind !== 'function' || event !== 'interpreter' || id !== scriptId) continue;
    const from = Number(start);
    const bytes = Number(end) - from;
    if (seen.has(`${start},${end}`) || bytes > script.length / 2) continue; // the whole-script wrapper is not a function of ours
    seen.add(`${start},${end}`);
    order.push(`${String(bytes).padStart(7)} B  ${name || '(anonymous)'}  ${moduleAt(from)}`);
    const entry = compiled.get(moduleAt(from)) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += bytes;
    compiled.set(moduleAt(from), entry);
  }
}
rmSync(logs, { recursive: true, force: true });
const rows = [...compiled].sort((a, b) => b[1].bytes - a[1].bytes);
const total = rows.reduce((n, [, e]) => n + e.bytes, 0);
console.log(`${site} ${page.file}, new tab: ${seen.size} functions compiled, ${(total / 1000).toFixed(1)} kB of the script's ${(script.length / 1000).toFixed(1)} kB (unminified source)`);
for (const [name, e] of rows) console.log(`${String(e.bytes).padStart(7)} B ${String(e.count).padStart(4)} fn  ${name}`);
if (listFunctions) console.log(`\nin the order compiled:\n${order.join('\n')}`);
