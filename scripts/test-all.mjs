// `npm test`: type-check, build both browsers, unit tests, Firefox lint, end-to-end in real Chromium and Firefox.
// Prints one summary line at the end: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = resolve(ROOT, '.tmp');
mkdirSync(TMP, { recursive: true });
const totals = { passed: 0, failed: 0 };
const started = Date.now();

function run(title, command, args, { env } = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

/** Runs vitest with a JSON report next to the normal output and adds its counts to the totals. */
function vitest(title, args) {
  const report = resolve(TMP, `${title.replace(/\W+/g, '-')}.json`);
  const ok = run(title, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests + (ok || json.numFailedTests ? 0 : 1);
  } else if (!ok) totals.failed += 1;
  return ok;
}

function step(title, command, args) {
  const ok = run(title, command, args);
  ok ? totals.passed++ : totals.failed++;
  return ok;
}

const results = [];
results.push(step('type-check', 'npx', ['tsc', '--noEmit']));
const built = step('build Chrome', 'npx', ['wxt', 'build']) & step('build Firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
results.push(!!built);
results.push(vitest('unit tests', []));
if (built) {
  results.push(step('web-ext lint (0 errors)', 'node', ['scripts/lint-firefox.mjs']));
  results.push(vitest('end-to-end (Chromium, Firefox)', ['-c', 'vitest.e2e.config.ts']));
}
console.log(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(results.every(Boolean) && totals.failed === 0 ? 0 : 1);
