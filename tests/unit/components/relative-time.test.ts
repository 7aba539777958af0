import { describe, expect, it } from 'vitest';
import { calendarDays, relativeTime } from '../../../components/popup/relative-time';

// Wall-clock times in Europe/Berlin, given with their UTC offset (CET +1, CEST +2) so the test needs no TZ setting.
const berlin = (y: number, m: number, d: number, h: number, min: number, offset: 1 | 2) => Date.UTC(y, m - 1, d, h - offset, min);
const ZONE = 'Europe/Berlin';

describe('relativeTime counts calendar days in the user time zone', () => {
  it.each([
    ['morning triage of the day before yesterday evening (35 h)', 'en', berlin(2026, 3, 18, 22, 0, 1), berlin(2026, 3, 20, 9, 0, 1), '2 days ago'],
    ['morning triage of the day before yesterday evening (35 h)', 'de', berlin(2026, 3, 18, 22, 0, 1), berlin(2026, 3, 20, 9, 0, 1), 'vorgestern'],
    ["late evening, yesterday's early morning (47 h 15 min)", 'en', berlin(2026, 3, 18, 0, 30, 1), berlin(2026, 3, 19, 23, 45, 1), 'yesterday'],
    ["late evening, yesterday's early morning (47 h 15 min)", 'de', berlin(2026, 3, 18, 0, 30, 1), berlin(2026, 3, 19, 23, 45, 1), 'gestern'],
    ['the 25-hour DST day: this morning, late at night', 'en', berlin(2026, 10, 25, 0, 30, 2), berlin(2026, 10, 25, 23, 45, 1), '24 hours ago'],
    ['the 25-hour DST day: this morning, late at night', 'de', berlin(2026, 10, 25, 0, 30, 2), berlin(2026, 10, 25, 23, 45, 1), 'vor 24 Stunden'],
    ['the 23-hour DST day: yesterday at noon, today at noon', 'en', berlin(2026, 3, 28, 12, 0, 1), berlin(2026, 3, 29, 12, 0, 2), 'yesterday'],
    ['1 March seen on 31 March is this month', 'en', berlin(2026, 3, 1, 10, 0, 1), berlin(2026, 3, 31, 10, 0, 2), '30 days ago'],
    ['1 March seen on 31 March is this month', 'de', berlin(2026, 3, 1, 10, 0, 1), berlin(2026, 3, 31, 10, 0, 2), 'vor 30 Tagen'],
    ['a calendar month back', 'en', berlin(2026, 2, 10, 10, 0, 1), berlin(2026, 3, 20, 10, 0, 1), 'last month'],
    ['a calendar month back', 'de', berlin(2026, 2, 10, 10, 0, 1), berlin(2026, 3, 20, 10, 0, 1), 'letzten Monat'],
    ['two calendar months back', 'en', berlin(2026, 1, 31, 10, 0, 1), berlin(2026, 3, 5, 10, 0, 1), '2 months ago'],
    ['a calendar year back', 'en', berlin(2025, 1, 10, 10, 0, 1), berlin(2026, 2, 20, 10, 0, 1), 'last year'],
    ['minutes stay minutes across midnight', 'en', berlin(2026, 3, 18, 23, 40, 1), berlin(2026, 3, 19, 0, 10, 1), '30 minutes ago'],
    ['a few hours across midnight stay hours', 'en', berlin(2026, 3, 18, 22, 0, 1), berlin(2026, 3, 19, 1, 0, 1), '3 hours ago'],
    ['the same day in hours', 'de', berlin(2026, 3, 19, 6, 0, 1), berlin(2026, 3, 19, 9, 0, 1), 'vor 3 Stunden'],
  ])('%s (%s)', (_case, locale, ms, now, expected) => {
    expect(relativeTime(ms, now, locale, ZONE)).toBe(expected);
  });

  it('uses the injected time zone, not the machine one', () => {
    // 02:00 UTC on 20 March: the 20th in Berlin (03:00), still the 19th in New York (22:00).
    const ms = Date.UTC(2026, 2, 20, 2);
    const now = Date.UTC(2026, 2, 20, 20);
    expect(calendarDays(ms, now, 'Europe/Berlin')).toBe(0);
    expect(calendarDays(ms, now, 'America/New_York')).toBe(-1);
    expect(relativeTime(ms, now, 'en', 'America/New_York')).toBe('yesterday');
  });
});
