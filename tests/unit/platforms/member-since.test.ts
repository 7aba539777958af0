import { describe, expect, it } from 'vitest';
import { normaliseMemberSince } from '../../../utils/platforms/member-since';

describe('normaliseMemberSince', () => {
  it.each([
    ['Oktober 2024', '2024-10'],
    ['March 2015', '2015-03'],
    ['März 2020', '2020-03'],
    ['2012', '2012'],
    ['seit 2019', '2019'],
    ['10/2024', '2024-10'],
    ['Mitglied seit 05.2018', '2018-05'],
    ['2023-07', '2023-07'],
  ])('%s → %s', (text, expected) => expect(normaliseMemberSince(text)).toBe(expected));

  it.each(['', 'irgendwann', 'Premium'])('%j → undefined', (text) => expect(normaliseMemberSince(text)).toBeUndefined());
});
