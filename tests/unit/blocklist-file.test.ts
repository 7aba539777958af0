import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson, parseBlocklistFile } from '../../utils/blocklist/file';
import type { BlockEntry } from '../../utils/model/relationships';

const AT = Date.UTC(2026, 10, 23, 9);
const ENTRIES: BlockEntry[] = [
  { v: 1, id: 'xing:Kevin_Brooks3', platform: 'xing', key: 'Kevin_Brooks3', reason: 'Spam, "free e-book"', at: AT },
  { v: 1, id: 'linkedin:lucas-moreau', platform: 'linkedin', key: 'lucas-moreau', reason: '=HYPERLINK("x")', at: AT + 1000 },
];

describe('blocklist file', () => {
  it.each([
    ['JSON', exportJson(ENTRIES)],
    ['CSV', exportCsv(ENTRIES, new Map([['xing:Kevin_Brooks3', 'Kevin, Brooks']]))],
  ])('%s round-trips every entry (formula-looking text kept as text)', (_name, text) => {
    expect(parseBlocklistFile(text)).toEqual({ ok: true, entries: ENTRIES });
  });

  it('refuses the whole file and lists every bad row with its reason', () => {
    const csv = [
      'platform,profile key,name,reason,date',
      'xing,Good_Row,,ok,2026-11-23T09:00:00.000Z',
      'facebook,x,,spam,2026-11-23T09:00:00.000Z',
      'linkedin,,,spam,2026-11-23T09:00:00.000Z',
      'xing,Jana,,spam,yesterday',
      'xing,Good_Row,,again,2026-11-23T09:00:00.000Z',
    ].join('\n');
    expect(parseBlocklistFile(csv)).toEqual({
      ok: false,
      errors: [
        { row: 2, reason: 'platform must be xing or linkedin' },
        { row: 3, reason: 'profile key is empty' },
        { row: 4, reason: 'date is not an ISO date' },
        { row: 5, reason: 'the same person twice' },
      ],
    });
  });

  it.each([
    ['a wrong header', 'name,key\nx,y'],
    ['broken JSON', '[{"platform": "xing",'],
    ['an unclosed quote', 'platform,profile key,name,reason,date\nxing,"Jana,,x,2026-11-23'],
  ])('refuses %s with a reason', (_name, text) => {
    const res = parseBlocklistFile(text);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]!.reason.length).toBeGreaterThan(3);
  });
});
