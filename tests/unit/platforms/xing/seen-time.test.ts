import { describe, expect, it } from 'vitest';
import { readTime, seenRange } from '../../../../utils/platforms/xing/seen-time';

const NOW = Date.UTC(2026, 10, 23, 12, 0); // Mon 23 Nov 2026, 12:00 UTC = 13:00 CET
const CET = -60;
const MIN = 60_000;
const at = (d: number, h: number, mi: number) => Date.UTC(2026, 10, d, h, mi); // UTC

describe('seenRange: what the shared parser reads, plus day word + clock', () => {
  const rows: [string, number | undefined][] = [
    ['Gestern, 16:20', at(22, 15, 20)],
    ['gestern um 16:20', at(22, 15, 20)],
    ['Heute, 09:15', at(23, 8, 15)],
    ['Yesterday, 4:20 PM', at(22, 15, 20)],
    ['Today at 9:15 AM', at(23, 8, 15)],
    ['12.11.2026 09:15', at(12, 8, 15)],
    ['09:41', at(23, 8, 41)],
    // A bare clock later than now is yesterday's.
    ['14:32', at(22, 13, 32)],
    ['Mo.', undefined],
    ['', undefined],
  ];
  it.each(rows)('%j', (text, from) => {
    const range = seenRange(text, NOW, CET);
    expect(range?.from).toBe(from);
    if (from !== undefined) expect(range?.to).toBe(from + MIN - 1);
  });
});

describe('readTime', () => {
  const rows: [string, string][] = [
    ['Erhalten: gestern', 'gestern'],
    ['Received: 3 days ago', '3 days ago'],
    ['Gesendet: 11.11.2019', '11.11.2019'],
    ['Sent 2 days ago', '2 days ago'],
    ['  vor 3 Tagen ', 'vor 3 Tagen'],
    ['Nov 3, 2026', 'Nov 3, 2026'],
  ];
  it.each(rows)('%j → text %j with a range', (raw, text) => {
    const time = readTime(raw, NOW, CET);
    expect(time?.text).toBe(text);
    expect(time?.range).toBeDefined();
  });

  it('keeps an unreadable time as text without a range', () => {
    expect(readTime('Mo.', NOW, CET)).toEqual({ text: 'Mo.' });
    expect(readTime('   ', NOW, CET)).toBeUndefined();
  });
});
