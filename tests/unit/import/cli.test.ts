import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const check = (file: string) => {
  const r = spawnSync(TSX, [join(ROOT, 'scripts/import-check.ts'), join(IMPORT_FIXTURES, file)], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: JSON.parse(r.stdout) as unknown };
};

describe('import-check', () => {
  it('prints one JSON object with the counts of a real export, exit code 0', { timeout: 30_000 }, () => {
    expect(check('Connections_2024_notes-preamble.pseudonymised.csv')).toEqual({
      status: 0,
      out: { format: 'linkedin-connections', rows: 150, people: 150, requests: 0, messages: 0, errors: [] },
    });
  });
  it('names the bad rows of a corrupted file, exit code 1', { timeout: 30_000 }, () => {
    const { status, out } = check('made-up_corrupt_vcards.vcf');
    expect(status).toBe(1);
    expect(out).toMatchObject({ format: 'xing-vcard', rows: 2, errors: [{ row: 2, reason: 'the vCard has no name (FN or N)' }] });
  });
  it('refuses a file of an unknown kind by name, exit code 1', { timeout: 30_000 }, () => {
    const { status, out } = check('made-up_unknown_Positions.csv');
    expect(status).toBe(1);
    expect((out as { errors: { reason: string }[] }).errors[0]!.reason).toContain('made-up_unknown_Positions.csv is not a file');
  });
});
