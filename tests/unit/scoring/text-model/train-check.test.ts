import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run train-scorer` must reproduce the committed weights byte for byte. It needs the real corpus in
// ../shared; without it this test is skipped (CI without ../shared must not fail for that).
const ROOT = resolve(import.meta.dirname, '../../../..');
const REAL = resolve(ROOT, '../shared/real-samples/texts/dev-corpus.jsonl');
const present = existsSync(REAL);
if (!present) console.warn(`train-check skipped: the real corpus is not at ${REAL}`);

describe.skipIf(!present)('train-scorer reproduces the committed weights', () => {
  it('--check exits 0', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-scorer.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toContain('reproduced byte for byte');
    expect(run.status).toBe(0);
  }, 180_000);
});
