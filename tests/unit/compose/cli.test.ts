import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL } from './contexts';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'handschlag-compose-'));

function run(content: string | null) {
  const file = join(dir, `ctx-${Math.random().toString(36).slice(2)}.json`);
  if (content !== null) writeFileSync(file, content);
  const r = spawnSync(TSX, [join(ROOT, 'scripts/compose.ts'), file], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run compose', { timeout: 60_000 }, () => {
  it('prints the suggestions as a JSON array with exactly the documented fields', () => {
    const { status, stdout } = run(JSON.stringify({ ...FULL, situation: 'after-meeting', lang: 'de', address: 'sie', ignored: true }));
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>[];
    expect(out.length).toBeGreaterThanOrEqual(3);
    for (const s of out) {
      expect(Object.keys(s)).toEqual(['situation', 'lang', 'address', 'text', 'length', 'limit']);
      expect(s).toMatchObject({ situation: 'after-meeting', lang: 'de', address: 'sie', limit: 200 });
      expect((s.text as string).length).toBe(s.length);
    }
  });
  it('a context lacking what its situation needs: {"error"} and exit code 1', () => {
    const { status, stdout } = run(JSON.stringify({ ...FULL, introTo: undefined, situation: 'ask-introduction', lang: 'en' }));
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ error: 'ask-introduction needs introTo' });
  });
  it('invalid JSON and unreadable files: one line on stderr and exit code 2', () => {
    const bad = run('{"situation": ');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/is not valid JSON/);
    const missing = run(null);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^compose: cannot read .*ENOENT\n$/);
  });
  it('XING Basic: a notice on stderr, the text sized as a message', () => {
    const { status, stdout, stderr } = run(JSON.stringify({ ...FULL, platform: 'xing', situation: 'after-meeting', lang: 'de' }));
    expect(status).toBe(0);
    expect(stderr).toMatch(/XING Basic cannot add a note/);
    expect(JSON.parse(stdout)[0]).toMatchObject({ address: 'sie', limit: 8000 });
  });
});
