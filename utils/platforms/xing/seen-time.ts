import type { TimeFact } from '../facts';
import { parseSeenTime } from '../time';
import { cleanText } from '../../text/clean';
import { WORDS } from './selectors';
import { afterLabel } from './text';


/**
 * A visible XING time as a TimeFact: the text as shown (a leading "Erhalten:"/"Sent" label removed) and the
 * window it means. Pure.
 */
export function readTime(raw: string | null | undefined, now: number, tzOffsetMin: number): TimeFact | undefined {
  const cleaned = cleanText(raw);
  const text = afterLabel(cleaned, [...WORDS.receivedLabel, ...WORDS.sentLabel]) ?? cleaned;
  if (!text) return undefined;
  const range = seenRange(text, now, tzOffsetMin);
  return range ? { text, range } : { text };
}

/** The time window of a visible time (shared reading in ../time.ts, which knows "Gestern, 16:20"). Pure. */
export function seenRange(text: string, now: number, tzOffsetMin: number): { from: number; to: number } | undefined {
  return parseSeenTime(text, now, tzOffsetMin);
}
