// Local calendar days for reminders. Pure apart from the time zone, which (as in utils/text/dates.ts) is the
// runtime's local one: the user's clock, the zone their working day is in. Days are built with `new Date(y, m, d, h)`,
// never by adding 24 hours, so a DST change cannot move a result to another day or hour.

/** The hour a snoozed reminder comes back at: the morning, when a working day starts. */
export const SNOOZE_HOUR = 9;

/** `days` calendar days after the day of `ms`, at `hour` local time. */
export function localDayAt(ms: number, days: number, hour: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, hour).getTime();
}

/** "Tomorrow": the next calendar day in the morning, however late it is now. */
export const snoozeTomorrow = (now: number): number => localDayAt(now, 1, SNOOZE_HOUR);

/** "In a week": the same weekday next week, in the morning. */
export const snoozeNextWeek = (now: number): number => localDayAt(now, 7, SNOOZE_HOUR);
