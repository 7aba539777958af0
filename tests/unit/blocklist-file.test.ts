import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson, parseBlocklistFile } from '../../utils/blocklist/file';
import type { BlockEntry } from '../../utils/model/relationships';

const AT = Date.UTC(2026, 10, 23, 9);
const ENTRIES: BlockEntry[] = [
  { v: 1, id: 'xing:Kevin_Brooks3', platform: 'xing', key: 'Kevin_Brooks3', name: 'Kevin, Brooks', reason: 'Spam, "free e-book"', at: AT },
  { v: 1, id: 'linkedin:lucas-moreau', platform: 'linkedin', key: 'lucas-moreau', reason: '=HYPERLINK("x")', at: AT + 1000 },
];
const HEADER = 'platform,profile key,name,reason,date';
const one = (row: string) => parseBlocklistFile(`${HEADER}\r\n${row}\r\n`);

describe('blocklist file', () => {
  it.each([
    ['JSON', exportJson(ENTRIES)],
    ['CSV', exportCsv(ENTRIES)],
  ])('%s round-trips every entry, its name too (formula-looking text kept as text)', (_name, text) => {
    expect(parseBlocklistFile(text)).toEqual({ ok: true, entries: ENTRIES, repeated: 0 });
  });

  it('exports the journal\'s name where an entry names nobody, and the entry\'s own name before it', () => {
    const names = new Map([['linkedin:lucas-moreau', 'Lucas Moreau'], ['xing:Kevin_Brooks3', 'Journal Name']]);
    const back = parseBlocklistFile(exportCsv(ENTRIES, names));
    expect(back.ok && back.entries.map((e) => e.name)).toEqual(['Kevin, Brooks', 'Lucas Moreau']);
  });

  it('refuses the whole file and lists every bad row with its code', () => {
    const csv = [
      HEADER,
      'xing,Good_Row,,ok,2026-11-23T09:00:00.000Z',
      'facebook,x,,spam,2026-11-23T09:00:00.000Z',
      'linkedin,,,spam,2026-11-23T09:00:00.000Z',
      'xing,Jana,,spam,yesterday',
      'xing,Good_Row,,again,2026-11-23T09:00:00.000Z',
      `xing,Long,,${'x'.repeat(501)},2026-11-23`,
    ].join('\n');
    expect(parseBlocklistFile(csv)).toEqual({
      ok: false,
      errors: [
        { row: 2, problem: 'platform', detail: ['facebook'] },
        { row: 3, problem: 'key-empty', detail: [] },
        { row: 4, problem: 'date', detail: ['yesterday'] },
        { row: 5, problem: 'duplicate', detail: ['1'] },
        { row: 6, problem: 'reason-long', detail: ['500'] },
      ],
    });
  });

  it.each([
    ['a wrong header', 'name,key\nx,y', { problem: 'header', detail: [HEADER] }],
    ['an empty file', '', { problem: 'header', detail: [HEADER] }],
    ['broken JSON', '[{"platform": "xing",', { problem: 'json', detail: [] }],
    ['a JSON object instead of a list', '{"platform": "xing"}', { problem: 'not-list', detail: [] }],
    ['a JSON list of no entries', '[null]', { row: 1, problem: 'entry', detail: [] }],
    ['an unclosed quote', `${HEADER}\nxing,"Jana,,x,2026-11-23`, { row: 1, problem: 'quote-unclosed', detail: [] }],
  ])('refuses %s with its code (a file-level refusal has no row)', (_name, text, error) => {
    expect(parseBlocklistFile(text)).toEqual({ ok: false, errors: [error] });
  });
});

describe('blocklist files a team really makes (review findings 1, 8, 7, 14, 15, 16)', () => {
  const KEVIN = { id: 'xing:Kevin_Brooks3', platform: 'xing', key: 'Kevin_Brooks3', name: 'Kevin Brooks', reason: 'Spam', at: Date.UTC(2026, 10, 20, 10) };
  it.each([
    ['German Excel: semicolons, BOM, CRLF', '\uFEFFplatform;profile key;name;reason;date\r\nxing;Kevin_Brooks3;Kevin Brooks;Spam;2026-11-20T10:00:00.000Z\r\n'],
    ['Excel "Unicode text": tabs', 'platform\tprofile key\tname\treason\tdate\r\nxing\tKevin_Brooks3\tKevin Brooks\tSpam\t20.11.2026 10:00\r\n'],
    ['an extra column and another order', 'Date;Platform;Profile key;Added by;Name;Reason\r\n20.11.2026 10:00;xing;Kevin_Brooks3;Anna;Kevin Brooks;Spam\r\n'],
    ['German column names and a title line above', 'Sperrliste Vertrieb;;;;\r\nPlattform;Profilschlüssel;Name;Grund;Datum\r\nXING;Kevin_Brooks3;Kevin Brooks;Spam;20.11.2026 10:00\r\n'],
    ['the sites spelled as the UI spells them', `${HEADER}\r\nXING,Kevin_Brooks3,Kevin Brooks,Spam,2026-11-20T10:00:00Z\r\n`],
    ['a platform with spaces around it', `${HEADER}\r\n Xing ,Kevin_Brooks3,Kevin Brooks,Spam,2026-11-20T11:00:00+01:00\r\n`],
  ])('reads %s', (_name, text) => {
    expect(parseBlocklistFile(text)).toEqual({ ok: true, entries: [{ v: 1, ...KEVIN }], repeated: 0 });
  });

  it.each([
    ['https://www.linkedin.com/in/lucas-moreau/', 'linkedin', 'lucas-moreau'],
    ['www.linkedin.com/in/lucas-moreau', 'linkedin', 'lucas-moreau'],
    ['linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/', 'linkedin', 'jörg-müller-8b1a2c3d'],
    ['https://www.xing.com/profile/Kevin_Brooks3/cv', 'xing', 'Kevin_Brooks3'],
    ['http://www.xing.com/profile/Kevin_Brooks3', 'xing', 'Kevin_Brooks3'],
  ])('takes the key of a profile address in the key column: %s', (cell, platform, key) => {
    expect(one(`${platform},${cell},,Spam,2026-11-20`)).toMatchObject({ ok: true, entries: [{ id: `${platform}:${key}`, key }] });
  });

  it.each([
    ['xing,https://www.linkedin.com/in/lucas-moreau/', { problem: 'key-url', detail: ['XING', 'https://www.linkedin.com/in/lucas-moreau/'] }],
    ['linkedin,https://www.linkedin.com/feed/', { problem: 'key-url', detail: ['LinkedIn', 'https://www.linkedin.com/feed/'] }],
    ['linkedin,Lucas Moreau', { problem: 'key-invalid', detail: ['Lucas Moreau'] }],
    ['linkedin,in/lucas-moreau', { problem: 'key-invalid', detail: ['in/lucas-moreau'] }],
    [`linkedin,${'a'.repeat(201)}`, { problem: 'key-long', detail: ['200'] }],
    [',Kevin_Brooks3', { problem: 'platform', detail: [''] }],
  ])('refuses a key or platform that matches nobody: %s', (cells, error) => {
    expect(one(`${cells},,Spam,2026-11-20`)).toEqual({ ok: false, errors: [{ row: 1, ...error }] });
  });

  it('reads an exact repeat once, and refuses a repeat with another reason or date naming both rows', () => {
    const row = 'xing,Kevin_Brooks3,Kevin Brooks,Spam,2026-11-20T10:00:00.000Z';
    expect(parseBlocklistFile(`${HEADER}\r\n${row}\r\n${row}\r\n${row}\r\n`)).toEqual({ ok: true, entries: [{ v: 1, ...KEVIN }], repeated: 2 });
    expect(parseBlocklistFile(`${HEADER}\r\n${row}\r\nxing,A,,x,2026-11-20\r\nxing,Kevin_Brooks3,,Other,2026-11-20T10:00:00.000Z\r\n`)).toEqual({
      ok: false,
      errors: [{ row: 3, problem: 'duplicate', detail: ['1'] }],
    });
  });

  it.each([
    ['a blank line', `${HEADER}\r\nxing,A,,ok,2026-11-20\r\n\r\nxing,B,,ok,not a date\r\n`, 3],
    ['two blank lines and a line of separators', `${HEADER}\n\nxing,A,,ok,2026-11-20\n,,,,\nxing,B,,ok,not a date\n`, 4],
    ['a blank line in a JSON-less CSV with semicolons', 'platform;profile key;name;reason;date\r\n\r\nxing;B;;ok;not a date\r\n', 2],
  ])('names the row the user sees after %s', (_name, text, row) => {
    expect(parseBlocklistFile(text)).toEqual({ ok: false, errors: [{ row, problem: 'date', detail: ['not a date'] }] });
  });

  it.each(["'=ok", "'x", "''", '=1+1', '-minus', '@at', '+plus', '\ttab', 'plain'])('keeps the reason %j as it was through a CSV export and import', (reason) => {
    const res = parseBlocklistFile(exportCsv([{ v: 1, id: 'xing:A', platform: 'xing', key: 'A', reason, at: 0 }]));
    expect(res).toMatchObject({ ok: true, entries: [{ reason }] });
  });

  it('quotes a cell holding a semicolon or tab, so that no separator guess splits it', () => {
    const csv = exportCsv([{ v: 1, id: 'xing:A', platform: 'xing', key: 'A', reason: 'Spam; webinar\tinvite', at: 0 }]);
    expect(csv.split('\r\n')[1]).toBe('xing,A,,"Spam; webinar\tinvite",1970-01-01T00:00:00.000Z');
    expect(parseBlocklistFile(csv)).toMatchObject({ ok: true, entries: [{ reason: 'Spam; webinar\tinvite' }] });
  });
});
