import type { TimeRange } from '../model/base';

// LinkedIn writes its export dates in three ways, none with a time zone except the newest; a spreadsheet that
// re-saves the file writes a few more (see readResaved). Times without a zone are read as UTC: the export does
// not say which zone the user's account was set to, and a day's window is what the journal uses them for
// (sorting, "connected in 2018", the scorer's bursts within a minute stay bursts).
const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
const DAY = 86_400_000;
const MINUTE = 60_000;

// 16 Dec 2024; 29-Nov-21 and 3-Nov-2021 are Excel's (English) when the user re-saved the file.
const DAY_MONTH_YEAR = /^(\d{1,2})([ -])([A-Za-z]{3})[a-z]*\2(\d{4}|\d{2})$/;
const US_SHORT = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)$/i; // 1/8/18, 6:14 PM
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?: ?UTC|Z)?$/; // 2024-12-13 02:39:15 UTC
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// More that Excel and Google Sheets write when a user re-saves the file. A time, where there is one, is 24-hour.
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/; // 16.12.2024 14:05 (German)
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/; // 12/16/2024 or 16/12/2024

// A 30,000-row export has a few thousand distinct dates: each is read once. Bounded, so a file of unique times
// does not grow it without end.
const cache = new Map<string, TimeRange | null>();

/** The window an export's date names (a whole day, minute or second), or null when it is not a date. Pure. */
export function parseExportDate(raw: string): TimeRange | null {
  let known = cache.get(raw);
  if (known === undefined) {
    if (cache.size > 20_000) cache.clear();
    known = readDate(raw.trim());
    cache.set(raw, known);
  }
  return known && { from: known.from, to: known.to };
}

function readDate(text: string): TimeRange | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = MONTHS[m[3]!.toLowerCase()];
    const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    return month === undefined ? null : window(year, month, Number(m[1]), 0, 0, 0, DAY);
  }
  m = US_SHORT.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    let hour = Number(m[4]);
    if (hour < 1 || hour > 12) return null;
    if (hour === 12) hour = 0;
    if (m[7]!.toUpperCase() === 'PM') hour += 12;
    return window(year, Number(m[1]) - 1, Number(m[2]), hour, Number(m[5]), Number(m[6] ?? 0), m[6] ? 1000 : MINUTE);
  }
  m = ISO_UTC.exec(text);
  if (m) return window(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[6] ? 1000 : MINUTE);
  m = ISO_DAY.exec(text);
  if (m) return window(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 0, 0, 0, DAY);
  return readResaved(text);
}

/** The numeric dates of a file re-saved by a spreadsheet; null when not one, or when day and month could swap. */
function readResaved(text: string): TimeRange | null {
  let m = DOTTED.exec(text);
  if (m) return timed(Number(m[3]), Number(m[2]), Number(m[1]), m);
  m = SLASHED.exec(text);
  if (!m) return null;
  // US Excel writes month/day, most others day/month: read only when one of the two can only be a day (3/4/2024
  // might be 4 March or 3 April, and a wrong date is worse than none; 5/5/2024 is the same either way).
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return timed(Number(m[3]), b, a, m);
  return b > 12 || a === b ? timed(Number(m[3]), a, b, m) : null;
}

/** A day (month 1-based), or its minute or second when the match's groups 4 to 6 hold a time. */
function timed(year: number, month: number, day: number, m: RegExpExecArray): TimeRange | null {
  if (m[4] === undefined) return window(year, month - 1, day, 0, 0, 0, DAY);
  return window(year, month - 1, day, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[6] ? 1000 : MINUTE);
}

/** A window starting at the given UTC time; null when a part is out of range (31 Feb, minute 61). */
function window(year: number, month: number, day: number, hour: number, minute: number, second: number, length: number): TimeRange | null {
  if (year < 2000 || year > 2200 || minute > 59 || second > 59 || hour > 23) return null;
  const from = Date.UTC(year, month, day, hour, minute, second);
  const back = new Date(from);
  if (back.getUTCMonth() !== month || back.getUTCDate() !== day) return null;
  return { from, to: from + length - 1 };
}
