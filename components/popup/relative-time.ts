/**
 * "When did this request arrive?" in calendar words. Intl.RelativeTimeFormat with numeric 'auto' says "yesterday",
 * "vorgestern", "last month": words about calendar days and months, so the numbers given to it are counted in
 * calendar days and months of the user's time zone, not as elapsed hours divided by 24 (a request of 22:00 the day
 * before yesterday is "2 days ago" at 09:00, not "yesterday"; a 25-hour DST day is still one day). Pure: the clock
 * and the time zone are injected (the zone defaults to the browser's).
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Elapsed hours are said as hours below this, even across midnight ("3 hours ago" at 01:00 for 22:00). */
const HOURS_BEFORE_DAYS = 12;
/** Up to this many calendar days the count is said in days ("30 days ago"), beyond it in calendar months. */
const MAX_DAYS = 31;

// Making a formatter costs far more than using one, and a list shows fifty dates in one locale.
const formats = new Map<string, Intl.RelativeTimeFormat>();
function formatFor(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar date of an instant in a time zone (undefined: the browser's own). */
function calendarDate(ms: number, timeZone: string | undefined): { y: number; m: number; d: number } {
  const zoneKey = timeZone ?? '';
  let format = dayFormats.get(zoneKey);
  if (!format) dayFormats.set(zoneKey, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })));
  const parts = format.formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { y: part('year'), m: part('month'), d: part('day') };
}

/** Calendar days from `now`'s date to `ms`'s date (negative: in the past); whole numbers whatever DST does. */
export function calendarDays(ms: number, now: number, timeZone?: string): number {
  const a = calendarDate(ms, timeZone);
  const b = calendarDate(now, timeZone);
  return Math.round((Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d)) / DAY_MS);
}

/** "2 days ago", "gestern", "vor 3 Stunden" in the UI language, from the injected clock and time zone. Pure. */
export function relativeTime(ms: number, now: number, locale: string, timeZone?: string): string {
  const format = formatFor(locale);
  const minutes = Math.round((ms - now) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round((ms - now) / HOUR_MS);
  const days = calendarDays(ms, now, timeZone);
  if (days === 0 || Math.abs(hours) < HOURS_BEFORE_DAYS) return format.format(hours, 'hour');
  if (Math.abs(days) <= MAX_DAYS) return format.format(days, 'day');
  const a = calendarDate(ms, timeZone);
  const b = calendarDate(now, timeZone);
  const months = (a.y - b.y) * 12 + (a.m - b.m);
  if (Math.abs(months) < 12) return format.format(months, 'month');
  return format.format(a.y - b.y, 'year');
}
