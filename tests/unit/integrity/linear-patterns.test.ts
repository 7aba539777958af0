import { describe, expect, it } from 'vitest';
import { DE } from '../../../utils/scoring/phrases/de';
import { EN } from '../../../utils/scoring/phrases/en';
import { LEGAL_NAME_PATTERNS, PLACEHOLDER_PATTERNS, REFERRAL_PATTERNS } from '../../../utils/scoring/phrases/raw';
import { foldNote, LINKS_AND_ADDRESSES } from '../../../utils/scoring/text/normalize';
import { unanchoredRepeats } from './regex-lint';

const TOKEN = 100_000;
const digits = '7'.repeat(TOKEN);
const letters = 'x'.repeat(TOKEN);

// Issue 13, break 10: scoring time grew quadratically on long unbroken tokens.
describe('scoring patterns take linear time on long unbroken tokens (break 10)', () => {
  const patterns = [
    ...Object.entries(EN).flatMap(([category, list]) => list.map((p, i): [string, RegExp] => [`en ${category} #${i}`, p])),
    ...Object.entries(DE).flatMap(([category, list]) => list.map((p, i): [string, RegExp] => [`de ${category} #${i}`, p])),
    ...[...PLACEHOLDER_PATTERNS, ...LEGAL_NAME_PATTERNS, ...REFERRAL_PATTERNS].map((p, i): [string, RegExp] => [`raw #${i}`, p]),
    ['links and addresses', LINKS_AND_ADDRESSES] as [string, RegExp],
  ];

  it('the lint finds the quadratic shape (and not an anchored one)', () => {
    expect(unanchoredRepeats(/\S+@\S+\.\w+/.source)).toEqual(['\\S+ at 0']);
    expect(unanchoredRepeats(/a|\d+ min/.source)).toEqual(['\\d+ at 2']);
    expect(unanchoredRepeats(/(?:x|(?:\d+)) min/.source)).toEqual(['\\d+ at 8']);
    expect(unanchoredRepeats(/(?<!\d)\d+ min|\b\w+ x|^\S+|free \S+/.source)).toEqual([]);
  });

  it.each(patterns)('%s can start only where a token starts', (_name, pattern) => {
    expect(unanchoredRepeats(pattern.source)).toEqual([]);
  });

  it('keeps finding what it found, on 100,000-character tokens', () => {
    const sales = EN['sales-pitch'] ?? [];
    const found = (text: string) => sales.some((p) => p.test(text));
    expect(found(`${digits} companies use it`)).toBe(true);
    expect(found(`a ${digits}min call`)).toBe(true);
    expect(found('a 15 min call')).toBe(true);
    expect(found(digits)).toBe(false);
    expect(found(letters)).toBe(false);
  });

  it('removes addresses and links from notes, and keeps long tokens that are neither', () => {
    expect(foldNote(`Mail: ${digits}@firma.de, bis bald`)).toBe('mail: , bis bald');
    // Short notes fold as with the old pattern (which was quadratic only on long tokens).
    const OLD = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/gi;
    for (const note of ['Schreiben Sie an anna.weber@firma.de oder https://firma.de/x bitte', 'Kontakt:anna@firma.de, danke', '(anna@firma.de)', 'a@b', 'x www.firma.de y']) {
      expect(foldNote(note)).toBe(foldNote(note.replace(OLD, ' ')));
    }
    expect(foldNote(digits)).toBe(digits);
    expect(foldNote(`${letters}@`)).toBe(`${letters}@`);
    expect(foldNote(`(${'a'.repeat(TOKEN)}@b.de)`)).toBe(')');
  });
});
