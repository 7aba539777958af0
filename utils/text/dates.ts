/**
 * Dates as people read them, with the month's name ("14 Mar 2026", "14. März 2026"): numbers only
 * ("12/03/2026") read differently in different countries. Pure; the locale comes from the caller.
 */
export const formatDay = (ms: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(ms));

/** Day and time, for events that happen several times a day (diagnostics, reminders due today). */
export const formatDayTime = (ms: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));

/** Today's date as `YYYY-MM-DD` in local time, for `<input type="date">`. */
export const isoDay = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Whether two moments fall on the same calendar day in local time ("due today" rather than "overdue since today"). */
export const sameDay = (a: number, b: number): boolean => isoDay(a) === isoDay(b);

/** A `<input type="date">` value as local noon of that day (noon: no time-zone shift moves it to another day). */
export const fromIsoDay = (value: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const ms = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime();
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
};
