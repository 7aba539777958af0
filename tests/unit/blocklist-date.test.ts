import { describe, expect, it } from 'vitest';
import { readBlockDate } from '../../utils/blocklist/date';
import { parseBlocklistFile } from '../../utils/blocklist/file';

const iso = (at: number | null) => (at === null ? 'refused' : new Date(at).toISOString());

// Review finding 2: a date is read only in an explicit form, never by Date.parse (01.03.2026 was 3 January,
// "Kevin 2" a day in 2001); a date that could be two days is refused.
describe('blocklist dates', () => {
  it.each([
    ['2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z'], // Handschlag's own export
    ['2026-11-23T10:00:00.5+01:00', '2026-11-23T09:00:00.500Z'],
    ['2026-11-23T04:30-04:30', '2026-11-23T09:00:00.000Z'],
    ['2026-11-23 09:00:00 UTC', '2026-11-23T09:00:00.000Z'],
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['01.03.2026', '2026-03-01T00:00:00.000Z'], // German: 1 March, never 3 January
    ['1.3.2026', '2026-03-01T00:00:00.000Z'],
    ['14.03.2026', '2026-03-14T00:00:00.000Z'],
    ['14.03.2026 10:05', '2026-03-14T10:05:00.000Z'],
    [' 14.03.2026 ', '2026-03-14T00:00:00.000Z'],
    ['16 Dec 2024', '2024-12-16T00:00:00.000Z'],
    ['14/03/2026', '2026-03-14T00:00:00.000Z'], // only a day can be 14
    ['1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'],
    ['03/04/2026', 'refused'], // 3 April or 4 March
    ['Kevin 2', 'refused'],
    ['1', 'refused'],
    ['2026', 'refused'],
    ['', 'refused'],
    ['yesterday', 'refused'],
    ['2026-02-31', 'refused'],
    ['31.02.2026', 'refused'],
    ['2026-11-23T25:00:00Z', 'refused'],
    ['0050-01-01T00:00:00Z', 'refused'],
    ['1969-12-31T23:59:59.999Z', 'refused'],
    ['Mon Nov 23 2026', 'refused'],
  ])('%j is %s', (cell, expected) => {
    expect(iso(readBlockDate(cell))).toBe(expected);
  });

  it('refuses a row whose date cannot be read, with its row number and the cell', () => {
    expect(parseBlocklistFile('platform,profile key,name,reason,date\r\nxing,A,,ok,14.03.2026\r\nxing,B,,ok,Kevin 2\r\nxing,C,,ok,\r\n')).toEqual({
      ok: false,
      errors: [
        { row: 2, problem: 'date', detail: ['Kevin 2'] },
        { row: 3, problem: 'date', detail: [''] },
      ],
    });
  });
});
