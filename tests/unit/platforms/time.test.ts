import { describe, expect, it } from 'vitest';
import { parseSeenTime } from '../../../utils/platforms/time';

const NOW = Date.UTC(2026, 10, 23, 14, 30); // Mon 23 Nov 2026, 14:30 UTC
const D = 86_400_000;
const at = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('parseSeenTime', () => {
  const rows: [string, number, number][] = [
    ['heute', at(2026, 11, 23), NOW],
    ['Today', at(2026, 11, 23), NOW],
    ['gestern', at(2026, 11, 22), at(2026, 11, 23) - 1],
    ['Yesterday', at(2026, 11, 22), at(2026, 11, 23) - 1],
    ['vorgestern', at(2026, 11, 21), at(2026, 11, 22) - 1],
    ['vor 3 Tagen', NOW - 4 * D, NOW - 3 * D],
    ['3 days ago', NOW - 4 * D, NOW - 3 * D],
    ['Sent 3 days ago', NOW - 4 * D, NOW - 3 * D],
    ['Gesendet vor 2 Wochen', NOW - 21 * D, NOW - 14 * D],
    ['vor einer Woche', NOW - 14 * D, NOW - 7 * D],
    ['1 week ago', NOW - 14 * D, NOW - 7 * D],
    ['a month ago', NOW - 60 * D, NOW - 30 * D],
    ['vor 5 Stunden', NOW - 6 * 3_600_000, NOW - 5 * 3_600_000],
    ['3d', NOW - 4 * D, NOW - 3 * D],
    ['2w', NOW - 21 * D, NOW - 14 * D],
    ['Heute gesendet', at(2026, 11, 23), NOW],
    ['Sent today', at(2026, 11, 23), NOW],
    ['12.11.2026', at(2026, 11, 12), at(2026, 11, 13) - 1],
    ['12.11.2026 09:15', at(2026, 11, 12, 9, 15), at(2026, 11, 12, 9, 16) - 1],
    ['Nov 12', at(2026, 11, 12), at(2026, 11, 13) - 1],
    ['Nov 12, 2025', at(2025, 11, 12), at(2025, 11, 13) - 1],
    ['Dec 24', at(2025, 12, 24), at(2025, 12, 25) - 1], // no year and in the future: last year
    ['12. Nov.', at(2026, 11, 12), at(2026, 11, 13) - 1],
    ['4:18 PM', at(2026, 11, 22, 16, 18), at(2026, 11, 22, 16, 19) - 1], // later than now: yesterday
    ['09:12', at(2026, 11, 23, 9, 12), at(2026, 11, 23, 9, 13) - 1],
    ['16:20', at(2026, 11, 22, 16, 20), at(2026, 11, 22, 16, 21) - 1], // later than now: yesterday
    ['Gestern, 16:20', at(2026, 11, 22, 16, 20), at(2026, 11, 22, 16, 21) - 1],
    ['gestern um 16:20 Uhr', at(2026, 11, 22, 16, 20), at(2026, 11, 22, 16, 21) - 1],
    ['Today at 9:15 AM', at(2026, 11, 23, 9, 15), at(2026, 11, 23, 9, 16) - 1],
    ['12.11.2026, 09:15', at(2026, 11, 12, 9, 15), at(2026, 11, 12, 9, 16) - 1],
  ];
  it.each(rows)('%s', (text, from, to) => {
    expect(parseSeenTime(text, NOW)).toEqual({ from, to });
  });

  it('reads dates in the user time zone', () => {
    // Berlin in November is UTC+1: getTimezoneOffset() = -60. "gestern" starts at 23:00 UTC the day before.
    expect(parseSeenTime('gestern', NOW, -60)).toEqual({ from: at(2026, 11, 21, 23), to: at(2026, 11, 22, 23) - 1 });
    expect(parseSeenTime('12.11.2026 09:15', NOW, -60)?.from).toBe(at(2026, 11, 12, 8, 15));
  });

  it.each(['', 'irgendwann', 'vor kurzem', '99.99.2026', 'Accept'])('gives nothing for %j', (text) => {
    expect(parseSeenTime(text, NOW)).toBeUndefined();
  });
});
