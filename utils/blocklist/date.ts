import { parseExportDate } from '../import/dates';

// Only explicit forms, never Date.parse: it reads 01.03.2026 as 3 January, "Kevin 2" as a day in 2001, and its
// legacy forms differ between Chrome and Firefox. Handschlag's own export writes toISOString(); other ISO 8601
// times may name their zone offset. Everything else is what utils/import/dates.ts reads in the exports and in
// files a spreadsheet re-saved: 2026-03-14, 14.03.2026 (14:05), 16 Dec 2024, and a slashed date only where day
// and month cannot swap.
const ISO_ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** The time a blocklist file's date cell names (ms since 1970, UTC), or null when it is not one of the forms above. Pure. */
export function readBlockDate(cell: string): number | null {
  const text = cell.trim();
  const m = ISO_ZONED.exec(text);
  if (!m) return parseExportDate(text)?.from ?? null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const back = new Date(local);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null; // 31 Feb
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (offsetHours > 14 || offsetMinutes > 59) return null;
  const at = local - (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return at >= 0 && Number.isSafeInteger(at) ? at : null;
}
