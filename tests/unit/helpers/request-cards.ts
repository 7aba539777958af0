import type { ObservedRequest } from '../../../utils/journal/request-diff';
import { parseSeenTime } from '../../../utils/platforms/time';

/** A request card as the content script sends it: its time text read against the clock of the read. */
export function observedCard(now: number, key: string, timeText?: string): ObservedRequest {
  const range = timeText ? parseSeenTime(timeText, now) : undefined;
  return { key, name: key, note: '', ...(timeText ? { time: { text: timeText, ...(range ? { range } : {}) } } : {}) };
}
