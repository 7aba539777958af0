import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'handschlag-cli13-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function run(script: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const PAGE = file('page.html', '<html><body><main><h1>Jana Schmidt</h1></main></body></html>');
const URL_OK = 'https://www.xing.com/profile/Jana_Schmidt';
const deep = `<html><body>${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}</body></html>`;

// Issue 13, break 11: the CLIs on bad input died with stack dumps, accepted nonsense, or exited 0 on binary input.
const CASES: [string, string, string[], number, RegExp][] = [
  ['parse --url notaurl', 'parse.ts', ['--url', 'notaurl', PAGE], 2, /--url must be a full https:\/\/ address/],
  ['parse --tz-offset abc', 'parse.ts', ['--url', URL_OK, '--tz-offset', 'abc', PAGE], 2, /--tz-offset must be whole minutes/],
  ['parse on an empty file', 'parse.ts', ['--url', URL_OK, file('empty.html', '  \n')], 1, /is empty/],
  ['parse on a binary file', 'parse.ts', ['--url', URL_OK, file('bin.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))], 1, /is binary/],
  ['parse on invalid UTF-8', 'parse.ts', ['--url', URL_OK, file('latin1.html', Buffer.from([0x3c, 0x70, 0x3e, 0xfc, 0x62, 0x65, 0x72]))], 1, /not valid UTF-8/],
  ['parse on an 11 MB page', 'parse.ts', ['--url', URL_OK, file('huge.html', Buffer.alloc(11 * 1024 * 1024, 0x61))], 1, /larger than/],
  ['lint-draft --recipient with a wrong type', 'lint-draft.ts', ['--recipient', file('r.json', '{"wants": 5}'), file('d.txt', 'Hallo')], 1, /--recipient: wants/],
  ['lint-draft --recipient not JSON', 'lint-draft.ts', ['--recipient', file('r2.json', '{wants'), file('d2.txt', 'Hallo')], 1, /--recipient: not JSON/],
  ['lint-draft on a 300 kB file', 'lint-draft.ts', [file('big.txt', 'x'.repeat(300_000))], 1, /larger than/],
  ['detect --me with a wrong type', 'detect.ts', ['--me', file('me.json', '{"wants": "x"}'), file('in.jsonl', '{"id":"a","text":"Hi"}')], 1, /--me: wants/],
];

describe('command-line tools on bad input: one clear line, a documented exit code (break 11)', () => {
  it('every case', { timeout: 0 }, async () => {
    const results = await Promise.all(CASES.map(([, script, args]) => run(script, args)));
    for (const [i, [name, , , status, message]] of CASES.entries()) {
      const r = results[i]!;
      expect({ name, status: r.status }).toEqual({ name, status });
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stderr.trim().split('\n').length, name).toBeLessThanOrEqual(2); // the message (and the usage line)
      expect(r.stdout, name).toBe('');
    }
  });

  it('deeply nested pages and 200 kB unbroken drafts end in an answer or one line, never a stack dump', { timeout: 0 }, async () => {
    const [nested, token] = await Promise.all([
      run('parse.ts', ['--url', URL_OK, file('deep.html', deep)]),
      run('lint-draft.ts', [file('token.txt', '7'.repeat(200_000))]),
    ]);
    expect([0, 1]).toContain(nested.status);
    expect(nested.stderr).not.toMatch(/\n\s+at /);
    if (nested.status === 0) expect(JSON.parse(nested.stdout)).toHaveProperty('pageType');
    else expect(nested.stderr.trim().split('\n')).toHaveLength(1);
    expect(token.status).toBe(0);
    expect(JSON.parse(token.stdout)).toHaveProperty('templateLike', false);
  });
});
