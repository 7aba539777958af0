import { describe, expect, it } from 'vitest';
import { snoozeNextWeek, snoozeTomorrow } from '../../../utils/reminders/calendar';
import { inZone } from '../helpers/time-zone';

// Wall-clock times in Europe/Berlin as "YYYY-MM-DD HH:MM" (local), so DST changes show as what a user reads.
const local = (ms: number): string => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};
const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('snooze targets on the local calendar (Europe/Berlin)', () => {
  it.each([
    ['Monday evening at 23:00', [2026, 11, 23, 23], '2026-11-24 09:00', '2026-11-30 09:00'],
    ['Saturday 23:30 before summer time starts', [2026, 3, 28, 23, 30], '2026-03-29 09:00', '2026-04-04 09:00'],
    ['Saturday 23:30 before winter time starts', [2026, 10, 24, 23, 30], '2026-10-25 09:00', '2026-10-31 09:00'],
    ['Sunday 08:00, the day summer time started', [2026, 3, 29, 8], '2026-03-30 09:00', '2026-04-05 09:00'],
    ['New Year\'s Eve at noon', [2026, 12, 31, 12], '2027-01-01 09:00', '2027-01-07 09:00'],
    ['just after midnight: tomorrow is the next calendar day', [2026, 11, 24, 0, 30], '2026-11-25 09:00', '2026-12-01 09:00'],
  ] as const)('%s', (_name, [y, m, d, h, min], tomorrow, nextWeek) =>
    inZone('Europe/Berlin', () => {
      const now = at(y, m, d, h, min);
      expect([local(snoozeTomorrow(now)), local(snoozeNextWeek(now))]).toEqual([tomorrow, nextWeek]);
    }));
});
