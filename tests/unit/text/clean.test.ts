import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText } from '../../../utils/text/clean';

describe('cleanText', () => {
  it.each([
    ['  Jana \\n\\t Schmidt  ', 'Jana Schmidt'],
    ['Jo\u0308rg', 'Jörg'], // decomposed umlaut becomes NFC
    ['Evil\u202Egnp.exe', 'Evilgnp.exe'], // bidi override removed
    ['zero\u200Bwidth', 'zerowidth'],
    ['bell\u0007', 'bell'],
    ['', ''],
  ])('%j → %j', (raw, expected) => expect(cleanText(raw.replace(/\\n/g, '\n').replace(/\\t/g, '\t'))).toBe(expected));

  it('caps the length with an ellipsis', () => {
    expect(cleanText('a'.repeat(400))).toBe(`${'a'.repeat(299)}…`);
    expect(cleanText('word '.repeat(10), 12)).toBe('word word w…');
  });

  it('gives the same result for long texts whether or not the prefix shortcut is taken', () => {
    const samples = [
      `${' '.repeat(2000)}Name${'\n   '.repeat(500)}${'Text '.repeat(400)}`,
      `${'Jörg Müller '.repeat(200)}`,
      `${'x\u200B'.repeat(1000)}`,
      `${'ab'.repeat(600)}`,
    ];
    for (const raw of samples) {
      for (const max of [5, 50, 300]) {
        const full = raw.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
        const expected = full.length > max ? `${full.slice(0, max - 1).trimEnd()}…` : full;
        expect(cleanText(raw, max)).toBe(expected);
      }
    }
  });
});

describe('cleanText fast paths', () => {
  const reference = (raw: string) =>
    raw.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
  // Letters (also decomposed, Hangul jamo, Devanagari), every kind of white space, controls and invisible marks.
  const ALPHABET = ['a', 'Z', 'ä', 'ß', 'ł', 'A\u030A', 'o\u0308', '\u212B', '\u1100\u1161', '\u0915\u093C', 'é', ' ', '  ', '\t', '\n', '\r', '\u00A0', '\u2028', '\u3000', '\u200B', '\u202E', '\u0007', '\uFEFF', '\u0085', 'x'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  it('gives the reference result on 5,000 random strings', () => {
    for (let i = 0; i < 5000; i++) {
      const raw = Array.from({ length: Math.floor(random() * 12) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      expect(cleanText(raw, 10_000)).toBe(reference(raw));
    }
  });
});

describe('cleanMultiline', () => {
  it('keeps paragraph breaks and folds the rest', () => {
    expect(cleanMultiline('Hallo Frau Weber,\r\n\r\n\r\n  wie besprochen\u202E …  \nViele Grüße')).toBe('Hallo Frau Weber,\n\nwie besprochen …\nViele Grüße');
  });
});

// Issue 13, break 6: page text was changed on the way in.
describe('text is kept as the page wrote it (break 6)', () => {
  const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
  const RAINBOW = '\u{1F3F3}\uFE0F\u200D\u{1F308}';
  const PERSIAN = 'می\u200Cخواهم';
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const split = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

  it.each([FAMILY, RAINBOW, PERSIAN, `Familie ${FAMILY} Weber`])('keeps the joiners of %j', (text) => {
    expect(cleanText(text)).toBe(text);
    expect(cleanMultiline(text)).toBe(text);
  });

  it.each(['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])('removes the bidi control U+%s', (control) => {
    expect(cleanText(`a${control}b`)).toBe('ab');
    expect(cleanMultiline(`a${control}b`)).toBe('ab');
  });

  it('caps by grapheme: no lone surrogate, no emoji or letter cut in half', () => {
    const emoji = cleanText('\u{1F600}'.repeat(400));
    expect(emoji).not.toMatch(LONE_SURROGATE);
    expect(split(emoji)).toEqual([...Array(249).fill('\u{1F600}'), '…']);
    const families = cleanText(FAMILY.repeat(300));
    expect(split(families).slice(0, -1).every((g) => g === FAMILY)).toBe(true);
    expect(families.endsWith('…')).toBe(true);
    expect(families.length).toBeLessThanOrEqual(500); // the stored shapes count UTF-16 units
    const marks = cleanText('e\u0301\u0302\u0303'.repeat(200), 10);
    expect(split(marks).slice(0, -1).every((g) => g === 'e\u0301\u0302\u0303'.normalize('NFC'))).toBe(true);
    expect(marks.endsWith('…')).toBe(true);
    const note = cleanMultiline('\u{1F600}'.repeat(9000));
    expect(note).not.toMatch(LONE_SURROGATE);
    expect(note.endsWith('…')).toBe(true);
  });

  it('the long-text shortcut gives the same grapheme-safe result', () => {
    const raw = `${'\u{1F600}'.repeat(700)}${' x'.repeat(2000)}`;
    expect(cleanText(raw, 300)).toBe(cleanText(raw.slice(0, 4000), 300));
    expect(cleanText(raw, 300)).not.toMatch(LONE_SURROGATE);
  });
});
