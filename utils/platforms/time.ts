import type { TimeRange } from '../model/base';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const UNIT_MS: Record<string, number> = { minute: MIN, hour: HOUR, day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };

// Unit words of both UI languages, and LinkedIn's short forms ("3d", "1w", "2mo").
const UNITS: [RegExp, keyof typeof UNIT_MS][] = [
  [/^(min(ute|uten|s)?\.?|m)$/i, 'minute'],
  [/^(h|hr|hrs|hours?|std\.?|stunden?)$/i, 'hour'],
  [/^(d|days?|tag(e|en)?)$/i, 'day'],
  [/^(w|wk|weeks?|woche(n)?)$/i, 'week'],
  [/^(mo|months?|monat(e|en)?)$/i, 'month'],
  [/^(y|yr|years?|jahr(e|en)?)$/i, 'year'],
];
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, einem: 1, einer: 1, einen: 1, ein: 1, eine: 1, two: 2, zwei: 2, three: 3, drei: 3 };
const MONTHS: Record<string, number> = {
  jan: 0, januar: 0, january: 0, jän: 0, feb: 1, februar: 1, february: 1, mar: 2, mär: 2, märz: 2, march: 2, apr: 3, april: 3,
  may: 4, mai: 4, jun: 5, juni: 5, june: 5, jul: 6, juli: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8,
  oct: 9, okt: 9, oktober: 9, october: 9, nov: 10, november: 10, dec: 11, dez: 11, dezember: 11, december: 11,
};

/**
 * A visible time ("vor 3 Tagen", "2 weeks ago", "gestern", "12.11.2026 09:15", "Nov 12", "4:18 PM",
 * "Sent 3 days ago") as the window of moments it can mean, relative to `now`. Dates are read in the
 * user's time zone, given as minutes west of UTC (Date#getTimezoneOffset). Pure.
 */
export function parseSeenTime(raw: string, now: number, tzOffsetMin = 0): TimeRange | undefined {
  const text = raw
    .toLowerCase()
    .replace(/^(sent|gesendet|received|erhalten|empfangen)\s+/, '')
    .replace(/\s+(gesendet|sent)$/, '')
    .replace(/[·•]/g, ' ')
    .trim();
  const local = (ms: number) => ms - tzOffsetMin * MIN; // UTC ms → "local clock" ms
  const utc = (ms: number) => ms + tzOffsetMin * MIN;
  const dayStart = (ms: number) => utc(Math.floor(local(ms) / DAY) * DAY);
  const wholeDay = (start: number): TimeRange => ({ from: start, to: Math.min(start + DAY - 1, now) });

  if (!text) return undefined;
  if (/^(just now|gerade eben|jetzt|now)$/.test(text)) return { from: now - 5 * MIN, to: now };
  if (/^(today|heute)$/.test(text)) return wholeDay(dayStart(now));
  if (/^(yesterday|gestern)$/.test(text)) return wholeDay(dayStart(now) - DAY);
  if (/^vorgestern$/.test(text)) return wholeDay(dayStart(now) - 2 * DAY);

  const relative = /^(?:vor\s+)?(\d+|an?|one|two|three|eine[mnr]?|ein|zwei|drei)\s*([a-zäöü.]+)(?:\s+ago)?$/.exec(text);
  if (relative && (text.startsWith('vor ') || text.endsWith(' ago') || /^\d+[a-z]+$/.test(text))) {
    const n = /^\d+$/.test(relative[1]!) ? Number(relative[1]) : WORD_NUMBERS[relative[1]!];
    const unit = UNITS.find(([re]) => re.test(relative[2]!))?.[1];
    if (n !== undefined && unit) {
      const size = UNIT_MS[unit]!;
      // "3 days ago" is rounded down by both sites: between 3 and 4 days before now.
      return { from: now - (n + 1) * size, to: now - n * size };
    }
  }

  const withoutUhr = text.replace(/\s*uhr$/, '');
  const clock = /(?:^|\s|,)(\d{1,2}):(\d{2})\s*(am|pm)?$/.exec(withoutUhr);
  const dateOnly = withoutUhr.replace(/(?:,?\s*|\s+um\s+|\s+at\s+)?\d{1,2}:\d{2}\s*(am|pm)?$/, '').replace(/,$/, '').trim();
  const minutes = clock ? toMinutes(Number(clock[1]), Number(clock[2]), clock[3]) : undefined;

  const dayWord = DAY_WORDS[dateOnly];
  const day = dateOnly === '' ? dayStart(now) : dayWord !== undefined ? dayStart(now) - dayWord * DAY : parseDate(dateOnly, now, local, utc);
  if (day === undefined) return undefined;
  if (minutes === undefined) return wholeDay(day);
  let at = day + minutes * MIN;
  // A bare clock later than now cannot be today: lists show a bare clock for the last 24 hours.
  if (dateOnly === '' && at > now) at -= DAY;
  return { from: at, to: at + MIN - 1 };
}

const DAY_WORDS: Record<string, number> = { today: 0, heute: 0, yesterday: 1, gestern: 1, vorgestern: 2 };

function toMinutes(h: number, m: number, meridiem: string | undefined): number {
  let hour = h % 24;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return hour * 60 + m;
}

/** The UTC ms of local midnight of a written date, or undefined. Dates without a year are the latest past one. */
function parseDate(text: string, now: number, local: (ms: number) => number, utc: (ms: number) => number): number | undefined {
  const nowLocal = new Date(local(now));
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})?$/.exec(text) ?? /^(\d{1,2})\.(\d{1,2})\.?$/.exec(text);
  if (numeric) return midnight(Number(numeric[3] ?? NaN), Number(numeric[2]) - 1, Number(numeric[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return midnight(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(text);
  if (us) return midnight(Number(us[3]), Number(us[1]) - 1, Number(us[2]));
  const monthFirst = /^([a-zäöü]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(text);
  if (monthFirst && MONTHS[monthFirst[1]!] !== undefined) {
    return midnight(Number(monthFirst[3] ?? NaN), MONTHS[monthFirst[1]!]!, Number(monthFirst[2]));
  }
  const dayFirst = /^(\d{1,2})\.?\s+([a-zäöü]+)\.?(?:\s+(\d{4}))?$/.exec(text);
  if (dayFirst && MONTHS[dayFirst[2]!] !== undefined) {
    return midnight(Number(dayFirst[3] ?? NaN), MONTHS[dayFirst[2]!]!, Number(dayFirst[1]));
  }
  return undefined;

  function midnight(yearOrNaN: number, month: number, day: number): number | undefined {
    if (month < 0 || month > 11 || day < 1 || day > 31) return undefined;
    let year = Number.isNaN(yearOrNaN) ? nowLocal.getUTCFullYear() : yearOrNaN < 100 ? 2000 + yearOrNaN : yearOrNaN;
    let ms = Date.UTC(year, month, day);
    if (Number.isNaN(yearOrNaN) && ms > local(now)) ms = Date.UTC(--year, month, day);
    return utc(ms);
  }
}
