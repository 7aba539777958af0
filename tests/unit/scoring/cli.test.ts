import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'handschlag-cli-'));

function cli(script: string, args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

describe('command-line tools', () => {
  it('detect prints one line per input, the evaluation last, and exit code 1 after a bad line', { timeout: 30_000 }, () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'x', text: 'Hi %FIRSTNAME%, would love to connect!', platform: 'linkedin', label: 'collector' }),
        'oops',
        JSON.stringify({ id: 'y', text: 'Hallo Frau Weber, danke für das Gespräch gestern am Stand.', lang: 'de', label: 'genuine' }),
      ].join('\n'),
    );
    const { status, lines } = cli('detect.ts', ['--eval', file]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'x', band: 'collector' });
    expect(lines[1]).toEqual({ error: 'not valid JSON', line: 2 });
    expect(lines[2].reasons[0].reason).toMatch(/Gespräch|Treffen/);
    expect(lines[3]).toMatchObject({ precision: 1, recall: 1, confusion: { tp: 1, fp: 0, fn: 0, tn: 1 } });
  });

  it('lint-draft prints one JSON object', { timeout: 30_000 }, () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'Hallo Frau Weber, wir sind beide Mitglied in der Gruppe „Einkauf NRW“. Lassen Sie uns vernetzen!');
    const { status, lines } = cli('lint-draft.ts', ['--lang', 'de', '--platform', 'xing', file]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0].templateLike).toBe(true);
    expect(lines[0].missing).toContain('personal-reference');
    expect(lines[0].findings.map((f: { id: string }) => f.id)).toContain('only-shared-context');
    expect(typeof lines[0].findings[0].reason).toBe('string');
  });
});
