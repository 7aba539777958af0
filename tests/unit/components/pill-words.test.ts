import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PILL_WORD_KEYS } from '../../../wxt.config';
import { BAND_KEY } from '../../../components/inpage/badge-pill';

// The pills take their words from the build (virtual:pill-words), not from the browser: every word a pill shows
// must be among them, or it would show its key.
describe('the pills\' own words', () => {
  it('cover every word the collapsed badge shows', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../../components/inpage/badge-pill.ts'), 'utf8');
    const used = [...source.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect([...used, ...Object.values(BAND_KEY)].filter((key) => !(PILL_WORD_KEYS as readonly string[]).includes(key))).toEqual([]);
  });
});
