import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const ROOT = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('scoring and lint reason keys', () => {
  const used = new Set<string>();
  for (const dir of ['utils/scoring', 'utils/compose']) {
    for (const file of files(join(ROOT, dir))) for (const m of readFileSync(file, 'utf8').matchAll(/'((?:sig|lint)[A-Z][A-Za-z0-9_]*|score_[A-Za-z0-9_]+)'/g)) used.add(m[1]!);
  }
  // Keys built from a base key (learned reasons with one similar request).
  for (const base of ['sigLearnedCollector', 'sigLearnedGenuine']) used.add(`${base}One`);

  it('every key the scorer and the linter use exists in English and German', () => {
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) {
      expect(Object.keys(en), key).toContain(key);
      expect(Object.keys(de), key).toContain(key);
    }
  });

  it('German texts address the user with "Sie", never "du"', () => {
    for (const key of used) {
      const message = (de as Record<string, { message: string }>)[key]!.message;
      expect(message, key).not.toMatch(/\b(?:du|dich|dir|dein\w*)\b/i);
    }
  });
});
