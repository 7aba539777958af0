// npx tsx scripts/import-ab.ts [--rounds=N] [--fresh] <old tree> [<new tree>, default: this one]
// Same-run A/B of the import parse (what import-check and the bench's parse figure run): a 30,000-row
// Connections.csv parsed by the parsers of two source trees, in alternation (the order flipped each round) so that
// the load of this shared 2-core machine hits both alike. A tree is any directory with utils/import/ and a
// node_modules beside it, e.g. an earlier commit:
//   mkdir /tmp/main && git archive main utils | tar -x -C /tmp/main && ln -s "$PWD/node_modules" /tmp/main/node_modules
// Default: both parsers in this process (two warm-up rounds, then N rounds). --fresh: one new process per sample,
// as the bench takes it (a warm-up parse, then 5 timed ones), N samples per tree. Prints rows/s, wall clock and
// process CPU time (less hit by other jobs), medians and ranges, and the load before and after.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { connectionsCsv } from './bench/import-data';
import { median } from './bench/stats';

type Parse = typeof import('../utils/import').parseImport;
interface Rates { wall: number[]; cpu: number[] }

const ROWS = 30_000; // as the bench's IMPORT_ROWS
const args = process.argv.slice(2);
const rounds = Number(/^--rounds=(\d+)$/.exec(args.find((a) => a.startsWith('--rounds=')) ?? '')?.[1] ?? 15);
const sample = args.find((a) => a.startsWith('--sample='))?.slice('--sample='.length);
const trees = args.filter((a) => !a.startsWith('--')).map((t) => resolve(t));

const load = async (tree: string): Promise<Parse> => ((await import(resolve(tree, 'utils/import/index.ts'))) as { parseImport: Parse }).parseImport;

/** One timed parse: rows per second of wall clock and of the process's CPU time. */
function timed(parse: Parse, bytes: Uint8Array): { wall: number; cpu: number } {
  let id = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const data = parse('Connections.csv', bytes, { now: () => Date.now(), newId: () => `p${++id}` });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  return { wall: data.rows / wall, cpu: data.rows / ((cpu.user + cpu.system) / 1e6) };
}

const add = (to: Rates, r: { wall: number; cpu: number }): void => {
  to.wall.push(r.wall);
  to.cpu.push(r.cpu);
};

const bytes = new TextEncoder().encode(connectionsCsv(ROWS));
if (sample) {
  // A child of --fresh: a warm-up parse (it compiles the parser), then 5 timed ones, as JSON.
  const parse = await load(sample);
  const out: Rates = { wall: [], cpu: [] };
  for (let i = 0; i < 6; i++) {
    const r = timed(parse, bytes);
    if (i > 0) add(out, r);
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}
if (!trees.length || trees.length > 2) throw new Error('usage: npx tsx scripts/import-ab.ts [--rounds=N] [--fresh] <old tree> [<new tree>]');
if (trees.length === 1) trees.push(resolve('.'));

const results: Rates[] = trees.map(() => ({ wall: [], cpu: [] }));
const loadBefore = loadavg()[0]!;
if (args.includes('--fresh')) {
  for (let r = 0; r < rounds; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const child = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, `--sample=${trees[i]}`], { encoding: 'utf8' })) as Rates;
      child.wall.forEach((wall, n) => add(results[i]!, { wall, cpu: child.cpu[n]! }));
    }
  }
} else {
  const parsers = await Promise.all(trees.map(load));
  for (let r = -2; r < rounds; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const t = timed(parsers[i]!, bytes);
      if (r >= 0) add(results[i]!, t);
    }
  }
}
const k = (x: number) => `${(x / 1000).toFixed(1)}k`;
const line = (xs: number[]) => `${k(median(xs))} (${k(Math.min(...xs))}–${k(Math.max(...xs))})`;
console.log(`load ${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${args.includes('--fresh') ? `${rounds} processes × 5 parses` : `${rounds} parses`} per tree`);
for (const [i, tree] of trees.entries()) console.log(`${tree}: wall ${line(results[i]!.wall)} rows/s, CPU ${line(results[i]!.cpu)} rows/s`);
console.log(`new/old: wall ${(median(results[1]!.wall) / median(results[0]!.wall)).toFixed(2)}×, CPU ${(median(results[1]!.cpu) / median(results[0]!.cpu)).toFixed(2)}×`);
