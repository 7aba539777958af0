import { describe, expect, it } from 'vitest';
import { splitList, withField } from '../../../components/dashboard/AboutMeFields';
import type { AboutMe } from '../../../utils/model/settings';

describe('the "About you" fields', () => {
  it.each([
    ['', []],
    ['Einkauf', ['Einkauf']],
    [' Einkauf ,  Logistik,,Vertrieb , ', ['Einkauf', 'Logistik', 'Vertrieb']],
  ])('splitList(%j) → %j', (raw, list) => {
    expect(splitList(raw)).toEqual(list);
  });

  it('keeps at most 50 list items (the settings schema allows no more)', () => {
    expect(splitList(Array.from({ length: 60 }, (_, i) => `w${i}`).join(','))).toHaveLength(50);
  });

  it.each<[string, AboutMe | undefined, Parameters<typeof withField>[1], string, AboutMe]>([
    ['sets a text field, trimmed', undefined, 'company', '  Vogel GmbH ', { company: 'Vogel GmbH' }],
    ['sets a list field', { name: 'Katrin' }, 'wants', 'Einkauf, Logistik', { name: 'Katrin', wants: ['Einkauf', 'Logistik'] }],
    ['removes a text field emptied', { name: 'Katrin', city: 'Köln' }, 'city', '  ', { name: 'Katrin' }],
    ['removes a list field emptied', { wants: ['Einkauf'] }, 'wants', ' , ', {}],
  ])('%s', (_, me, key, raw, expected) => {
    expect(withField(me, key, raw)).toEqual(expected);
  });
});
