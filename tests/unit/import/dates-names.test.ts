import { describe, expect, it } from 'vitest';
import { parseExportDate } from '../../../utils/import/dates';
import { nameKey } from '../../../utils/import/names';
import { htmlToText } from '../../../utils/import/html-text';

describe('export dates', () => {
  it.each([
    ['16 Dec 2024', Date.UTC(2024, 11, 16), 86_400_000],
    ['1 Jan 2018', Date.UTC(2018, 0, 1), 86_400_000],
    ['1/8/18, 6:14 PM', Date.UTC(2018, 0, 8, 18, 14), 60_000],
    ['12/31/17, 12:05 AM', Date.UTC(2017, 11, 31, 0, 5), 60_000],
    ['8/18/21, 12:37 PM', Date.UTC(2021, 7, 18, 12, 37), 60_000],
    ['2024-12-13 02:39:15 UTC', Date.UTC(2024, 11, 13, 2, 39, 15), 1000],
    // Written by Excel or Google Sheets when the user re-saved the file (issue 19)
    ['29-Nov-21', Date.UTC(2021, 10, 29), 86_400_000],
    ['3-Nov-2021', Date.UTC(2021, 10, 3), 86_400_000],
    ['16.12.2024', Date.UTC(2024, 11, 16), 86_400_000],
    ['2.1.2025', Date.UTC(2025, 0, 2), 86_400_000],
    ['16.12.2024 14:05', Date.UTC(2024, 11, 16, 14, 5), 60_000],
    ['16.12.2024 09:05:30', Date.UTC(2024, 11, 16, 9, 5, 30), 1000],
    ['12/16/2024', Date.UTC(2024, 11, 16), 86_400_000], // month/day: 16 can only be the day
    ['16/12/2024', Date.UTC(2024, 11, 16), 86_400_000], // day/month
    ['12/16/2024 18:30', Date.UTC(2024, 11, 16, 18, 30), 60_000],
    ['5/5/2024', Date.UTC(2024, 4, 5), 86_400_000], // either way the same day
  ])('%s', (text, from, length) => {
    expect(parseExportDate(text)).toEqual({ from, to: from + length - 1 });
  });
  it.each([
    '', '31 Feb 2024', '13/1/18, 6:14 PM', '1/8/18, 13:14 PM', 'yesterday', '16 Foo 2024',
    '3/4/2024', // 3 April or 4 March: no guess
    '13/13/2024', '31.02.2024', '16.12.2024 24:00', '16.12.24', '29-Foo-21', '29-Nov 21', '16.12.2024T14:05',
  ])('not a date: %j', (text) => {
    expect(parseExportDate(text)).toBeNull();
  });
});

describe('name keys fold what people add to their names', () => {
  it.each([
    ['Kai Müller-Thal', 'kai muller thal'],
    ['𝓚𝓪𝓲 𝓜ü𝓵𝓵𝓮𝓻-𝓣𝓱𝓪𝓵', 'kai muller thal'],
    ['Lars Seidel, MBA (She/Her)', 'lars seidel'],
    ['Priya Moreau (she/her)', 'priya moreau'],
    ['Samuel Kaiser (LION) -', 'samuel kaiser'],
    ['⭐ Carla Stern 🚀', 'carla stern'],
  ])('%s', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('message bodies', () => {
  it('HTML to text', () => {
    expect(htmlToText('<p class="x">Hi &amp; bye</p><p>2&lt;3&#x1F600;</p>')).toBe('Hi & bye\n2<3😀\n');
    expect(htmlToText('&unknown; &#xD800;')).toBe('&unknown; &#xD800;');
  });
});
