import type { TimeRange } from '../../model/base';
import type { ParseContext, TimeFact } from '../facts';
import { parseSeenTime } from '../time';
import { visibleText } from './dom-text';
import { TIME, WEEKDAYS } from './selectors';
import { clockMinutes } from './text-facts';

// Times in a message thread: day separators ("Heute", "Montag", "Jun 10", `<time datetime="2026-03-11">`)
// and per-message clocks ("09:12", "4:18 PM", `<time datetime="…T16:20:00Z">`). A clock alone does not say
// which day it is, so its range is given only when the day is known.

const MIN = 60_000;
const DAY = 86_400_000;

/** UTC ms of the local midnight a day separator stands for, or undefined when it cannot be read. */
export function separatorDay(sep: Element, ctx: ParseContext): number | undefined {
  const timeEl = sep.matches(TIME) ? sep : sep.querySelector(TIME);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timeEl?.getAttribute('datetime')?.trim() ?? '');
  if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) + ctx.tzOffsetMin * MIN;
  const text = visibleText(timeEl ?? sep);
  const weekday = WEEKDAYS.findIndex((re) => re.test(text));
  if (weekday >= 0) return lastWeekday(weekday, ctx);
  const range = parseSeenTime(text, ctx.now, ctx.tzOffsetMin);
  // Only whole days count ("Heute", "Jun 10"); "vor 3 Stunden" is not a day.
  return range && (range.from - ctx.tzOffsetMin * MIN) % DAY === 0 ? range.from : undefined;
}

/** The latest past weekday before today (today itself would be shown as "Today"/"Heute"). */
export function lastWeekday(weekday: number, ctx: ParseContext): number {
  const localNow = ctx.now - ctx.tzOffsetMin * MIN;
  const todayStart = Math.floor(localNow / DAY) * DAY;
  const today = new Date(todayStart).getUTCDay();
  const back = (today - weekday + 7) % 7 || 7;
  return todayStart - back * DAY + ctx.tzOffsetMin * MIN;
}

/** A message's own time: the visible text, and its minute from `datetime`, or from the day separator + clock. */
export function messageTime(timeEl: Element, day: number | undefined, ctx: ParseContext): TimeFact | undefined {
  const text = visibleText(timeEl);
  if (!text) return undefined;
  const range = exactRange(timeEl.getAttribute('datetime')) ?? clockRange(text, day) ?? dateRange(text, ctx);
  return range ? { text, range } : { text };
}

function exactRange(datetime: string | null): TimeRange | undefined {
  if (!datetime || !/\dT\d/.test(datetime)) return undefined;
  const at = Date.parse(datetime);
  return Number.isFinite(at) ? { from: at, to: at + MIN - 1 } : undefined;
}

function clockRange(text: string, day: number | undefined): TimeRange | undefined {
  const minutes = clockMinutes(text);
  if (minutes === undefined || day === undefined) return undefined;
  const at = day + minutes * MIN;
  return { from: at, to: at + MIN - 1 };
}

/** A time that carries its own date ("12.11.2026 09:15", "Nov 12"); a bare clock never guesses "today". */
function dateRange(text: string, ctx: ParseContext): TimeRange | undefined {
  return clockMinutes(text) === undefined ? parseSeenTime(text, ctx.now, ctx.tzOffsetMin) : undefined;
}
