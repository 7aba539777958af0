import type { Reminder } from '../model/reminders';
import { foldForSearch } from '../text/fold';

// Pure scheduling rules for reminders: time comes in as `now`, nothing here reads a clock or a store.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_FOLLOW_UP_DAYS = 2;

/** A follow-up is due `days` after the meeting; a meeting logged late is due at once, never in the past. */
export function followUpDue(meetingAt: number, now: number, days: number): number {
  return Math.max(meetingAt + Math.round(days * DAY_MS), now);
}

/**
 * When the person was in contact: each request when it was recorded (a later step of an older request, the user
 * accepting it say, is no new contact) and each message. Pure.
 */
export function contactTimesOf(requests: readonly { firstSeenAt: number }[], interactions: readonly { kind: string; at: number }[]): number[] {
  const times = requests.map((r) => r.firstSeenAt);
  for (const i of interactions) if (i.kind === 'message-sent' || i.kind === 'message-received') times.push(i.at);
  return times;
}

/**
 * A follow-up is unnecessary once a request or message with the person was recorded after the meeting. After its
 * moment, not its day: a request seen earlier that day (at the fair, or one weeks old first seen that morning) is
 * not the follow-up the reminder asks for.
 */
export function followUpAnswered(reminder: Pick<Reminder, 'kind' | 'since'>, contactTimes: readonly number[]): boolean {
  if (reminder.kind !== 'follow-up' || reminder.since === undefined) return false;
  const since = reminder.since;
  return contactTimes.some((at) => at > since);
}

/** The meeting a follow-up follows, for ordering: its time, then when it was logged, then its id. */
const laterMeeting = (a: Reminder, b: Reminder): number =>
  (b.since ?? b.createdAt) - (a.since ?? a.createdAt) || b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * One open follow-up per person: the one of the most recent meeting stays, the others are settled (meeting again
 * is contact, and two records merged into one person bring two). Give one person's open follow-ups. Pure.
 */
export function oneFollowUp(openFollowUps: readonly Reminder[]): { keep: Reminder | undefined; settle: Reminder[] } {
  const [keep, ...settle] = [...openFollowUps].sort(laterMeeting);
  return { keep, settle };
}

/** Open, due, and not yet announced for this due time: a reminder is announced once per `dueAt`. */
export function needsNotice(reminder: Reminder, now: number): boolean {
  return reminder.state === 'open' && reminder.dueAt <= now && (reminder.notifiedAt === undefined || reminder.notifiedAt < reminder.dueAt);
}

/** When the alarm must next wake the worker: now if something due is unannounced, else the earliest later due time. */
export function nextWake(reminders: readonly Reminder[], now: number): number | null {
  let next: number | null = null;
  for (const r of reminders) {
    if (r.state !== 'open') continue;
    if (needsNotice(r, now)) return now;
    if (r.dueAt > now && (next === null || r.dueAt < next)) next = r.dueAt;
  }
  return next;
}

/** Snoozed: due again at `until` (at least a minute from now), and announced again then. */
export function snoozed(reminder: Reminder, until: number, now: number): Reminder {
  const { notifiedAt: _dropped, ...rest } = reminder;
  return { ...rest, state: 'open', dueAt: Math.max(until, now + 60_000) };
}

/** Done: a follow-up closes; a keep-in-touch cadence starts its next round from now. */
export function completed(reminder: Reminder, now: number): Reminder {
  if (reminder.kind === 'keep-in-touch' && reminder.everyDays) {
    const { notifiedAt: _dropped, ...rest } = reminder;
    return { ...rest, state: 'open', dueAt: now + reminder.everyDays * DAY_MS };
  }
  return { ...reminder, state: 'done', closedAt: now };
}

/**
 * The keep-in-touch cadence of a person: their own, else the shortest of their tags' cadences; none when
 * neither is set. Returns where it came from, for the Due tab's wording.
 */
export function cadenceFor(
  ownDays: number | undefined,
  tags: readonly string[],
  tagCadences: Readonly<Record<string, number>>,
): { everyDays: number; tag?: string } | null {
  if (ownDays) return { everyDays: ownDays };
  const byFolded = foldedCadences(tagCadences);
  let best: { everyDays: number; tag: string } | null = null;
  for (const tag of tags) {
    const days = byFolded.get(foldForSearch(tag));
    if (days && (!best || days < best.everyDays)) best = { everyDays: days, tag };
  }
  return best;
}

/** The settings' tag cadences by folded tag: tags are told apart folded everywhere ("Kunde" is "kunde"). Pure. */
export const foldedCadences = (tagCadences: Readonly<Record<string, number>>): Map<string, number> =>
  new Map(Object.entries(tagCadences).map(([tag, days]) => [foldForSearch(tag), days]));

/** The next keep-in-touch due time: a cadence after the last interaction (after it was set, if none). */
export function keepInTouchDue(lastInteractionAt: number | undefined, setAt: number, everyDays: number): number {
  return (lastInteractionAt ?? setAt) + everyDays * DAY_MS;
}
