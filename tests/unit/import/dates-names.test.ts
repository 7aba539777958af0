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
  ])('%s', (text, from, length) => {
    expect(parseExportDate(text)).toEqual({ from, to: from + length - 1 });
  });
  it.each(['', '31 Feb 2024', '13/1/18, 6:14 PM', '1/8/18, 13:14 PM', 'yesterday', '16 Foo 2024'])('not a date: %j', (text) => {
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
