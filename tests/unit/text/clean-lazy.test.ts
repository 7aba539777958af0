import { afterEach, describe, expect, it, vi } from 'vitest';

// Creating an Intl.Segmenter loads ICU's break rules (≈ 30 ms): a content script that made one at load paid it
// on every profile opened in a new tab. Only a string that needs a cut may create it.
describe('the grapheme segmenter is made on first use', () => {
  const Original = Intl.Segmenter;
  // Intl's members are read-only to TypeScript, not to the engine: the test swaps in a counting subclass.
  const intl = Intl as { Segmenter: typeof Intl.Segmenter };
  afterEach(() => void (intl.Segmenter = Original));

  it('loading and cleaning short text create none; the first cut creates one, later cuts reuse it', async () => {
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
    expect(made).toBe(0);
    expect(cleanText('x'.repeat(400), 300)).toHaveLength(300);
    expect(cleanText('y'.repeat(400), 300)).toHaveLength(300);
    expect(made).toBe(1);
  });
});
