import type { TimeFact } from '../facts';
import { parseSeenTime } from '../time';
import { cleanText } from '../../text/clean';
import { PATTERNS, WORDS } from './selectors';
import { afterLabel } from './text';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const CLOCK_ONLY = /^\d{1,2}:\d{2}(?:\s*(?:am|pm))?(?:\s*uhr)?$/i;

/**
 * A visible XING time as a TimeFact: the text as shown (a leading "Erhalten:"/"Sent" label removed) and the
 * window it means. Adds "Gestern, 16:20" / "Today at 9:15 AM" (day word + clock), which the shared
 * parseSeenTime reads only apart. Pure.
 */
export function readTime(raw: string | null | undefined, now: number, tzOffsetMin: number): TimeFact | undefined {
  const cleaned = cleanText(raw);
  const text = afterLabel(cleaned, [...WORDS.receivedLabel, ...WORDS.sentLabel]) ?? cleaned;
  if (!text) return undefined;
  const range = seenRange(text, now, tzOffsetMin);
  return range ? { text, range } : { text };
}

/**
 * The time window of a visible time, including "day word, clock". A bare clock later than now ("14:32" seen at
 * 13:00) cannot be today: it is the day before (chats show a bare clock for the last 24 hours). Pure.
 */
export function seenRange(text: string, now: number, tzOffsetMin: number): { from: number; to: number } | undefined {
  const direct = parseSeenTime(text, now, tzOffsetMin);
  if (direct && CLOCK_ONLY.test(text.trim()) && direct.from > now) return { from: direct.from - DAY, to: direct.to - DAY };
  if (direct) return direct;
  const m = PATTERNS.dayAndClock.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const day = parseSeenTime(m[1], now, tzOffsetMin);
  const today = parseSeenTime('heute', now, tzOffsetMin);
  const clockToday = parseSeenTime(m[2], now, tzOffsetMin);
  if (!day || !today || !clockToday) return undefined;
  const at = day.from + (clockToday.from - today.from);
  return { from: at, to: at + MIN - 1 };
}
