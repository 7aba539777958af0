/** Calendar helpers with injected time. Pure. */

const SINCE = /^(\d{4})(?:-(\d{1,2}))?$/;

/**
 * Whole calendar months from `memberSince` ("YYYY" or "YYYY-MM") to `at` (epoch ms, UTC). A bare year is read
 * as January, the oldest it can mean, so an unknown month never makes a profile look younger than it is.
 * Returns undefined for unreadable input or a date after `at`.
 */
export function membershipMonths(memberSince: string | undefined, at: number | undefined): number | undefined {
  if (!memberSince || at === undefined || !Number.isFinite(at)) return undefined;
  const m = SINCE.exec(memberSince.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return undefined;
  const d = new Date(at);
  const months = (d.getUTCFullYear() - year) * 12 + (d.getUTCMonth() + 1 - month);
  return months < 0 ? undefined : months;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** "3 days", "5 hours", "12 minutes" as [count, unit] for locale messages. */
export function roundDuration(ms: number): { count: number; unit: 'minutes' | 'hours' | 'days' } {
  if (ms >= 2 * DAY_MS) return { count: Math.round(ms / DAY_MS), unit: 'days' };
  if (ms >= 2 * HOUR_MS) return { count: Math.round(ms / HOUR_MS), unit: 'hours' };
  return { count: Math.max(1, Math.round(ms / 60_000)), unit: 'minutes' };
}
