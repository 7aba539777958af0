import { afterEach, describe, expect, it, vi } from 'vitest';
import { cap } from '../../../utils/text/clean';

// Creating an Intl.Segmenter loads ICU's break rules (≈ 30 ms): a content script that made one at load, or for the
// first long Latin text it cut, paid it on every profile opened in a new tab. Only text that may hold graphemes of
// several units may create it.
describe('the grapheme segmenter is made only where it is needed', () => {
  const Original = Intl.Segmenter;
  // Intl's members are read-only to TypeScript, not to the engine: the test swaps in a counting subclass.
  const intl = Intl as { Segmenter: typeof Intl.Segmenter };
  afterEach(() => void (intl.Segmenter = Original));

  it('loading, cleaning and cutting Latin text create none; the first cut of emoji creates one, later cuts reuse it', async () => {
    vi.resetModules();
    let made = 0;
    intl.Segmenter = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    };
    const { cleanText } = await import('../../../utils/text/clean');
    expect(cleanText('  Anna   Beispiel  ')).toBe('Anna Beispiel');
    expect(cleanText('Bearbeiten Sie Ihr Profil, Jürgen Müller · Geschäftsführer '.repeat(40), 300)).toHaveLength(300);
    expect(made).toBe(0);
    expect(cleanText('👩‍👩‍👧'.repeat(100), 300).endsWith('…')).toBe(true);
    expect(cleanText('🇩🇪'.repeat(400), 300).endsWith('…')).toBe(true);
    expect(made).toBe(1);
  });
});

/** The cut as the segmenter finds it, for every text (the reference the quick path must agree with). */
function referenceCap(text: string, max: number): string {
  if (text.length <= max) return text;
  const units = Math.floor((max * 5) / 3);
  let count = 0;
  let cut = 0;
  for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const end = index + segment.length;
    if (++count > max || end > units) return `${text.slice(0, cut).trimEnd()}…`;
    if (count < max && end < units) cut = end;
  }
  return text;
}

describe('cutting without the segmenter gives the segmenter\'s answer', () => {
  const PIECES = ['a', 'Z', ' ', 'ä', 'ß', 'é', 'e\u0301', '\u0301', '\r', '\n', '\r\n', '👍', '👍🏽', '🇩🇪', '👩‍👩‍👧', 'ŉ', '\u02FF', '\u0300', '한', '\u1100\u1161'];
  // A small deterministic generator: the same strings in every run.
  let seed = 20261204;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  it('on 3,000 texts of mixed scripts, emoji, combining marks and line ends, for several limits', () => {
    for (let i = 0; i < 3_000; i++) {
      const plain = next() < 0.5;
      const length = 1 + Math.floor(next() * 40);
      let text = '';
      for (let j = 0; j < length; j++) text += plain ? 'abcdefgh äöü'[Math.floor(next() * 12)]! : PIECES[Math.floor(next() * PIECES.length)]!;
      for (const max of [1, 2, 5, 10, 20]) expect(cap(text, max), JSON.stringify([text, max])).toBe(referenceCap(text, max));
    }
  });
});
