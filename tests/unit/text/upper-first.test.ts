import { describe, expect, it } from 'vitest';
import { upperFirst } from '../../../utils/text/upper-first';

describe('upperFirst', () => {
  it.each<[string | undefined, string | undefined, string]>([
    ['you helped them', 'en', 'You helped them'],
    ['nachgefasst', 'de', 'Nachgefasst'],
    ['ölwechsel geplant', 'de', 'Ölwechsel geplant'],
    ['Sie haben geholfen', 'de', 'Sie haben geholfen'],
    ['istanbul', 'tr', 'İstanbul'],
    ['🚀 launch', 'en', '🚀 launch'],
    ['𝒶bc', undefined, '𝒶bc'], // an astral letter without an upper case: never split into halves
    ['', 'en', ''],
    [undefined, 'en', ''],
  ])('%j (%s) → %j', (text, locale, expected) => {
    expect(upperFirst(text, locale)).toBe(expected);
  });
});
