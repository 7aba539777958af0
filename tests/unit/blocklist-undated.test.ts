import { describe, expect, it } from 'vitest';
import { parseBlocklistFile } from '../../utils/blocklist/file';
import { importBlocklistFile, importBlocks } from '../../utils/journal/blocklist';
import { dumpAll, testDeps } from './helpers/journal';

// Issue 19: a team's blocklist row with an empty date cell (or a JSON entry without its date) refused the whole file.
// It is now added with the import's time: that is when this user's list got it. A date that cannot be read is still
// refused, naming the cell: a misread date would be worse than none.
const NOW = Date.UTC(2026, 10, 23, 9);
const HEADER = 'platform,profile key,name,reason,date';
const KEVIN = { v: 1, id: 'xing:Kevin_Brooks3', platform: 'xing', key: 'Kevin_Brooks3', name: 'Kevin Brooks', reason: 'Spam' };

describe('a blocklist row without a date', () => {
  it.each([
    ['an empty CSV cell', `${HEADER}\r\nxing,Kevin_Brooks3,Kevin Brooks,Spam,\r\n`],
    ['a CSV cell of spaces', `${HEADER}\r\nxing,Kevin_Brooks3,Kevin Brooks,Spam,   \r\n`],
    ['a CSV row that ends before its date cell', `${HEADER}\r\nxing,Kevin_Brooks3,Kevin Brooks,Spam\r\n`],
    ['German Excel, semicolons, empty Datum', 'Plattform;Profilschlüssel;Name;Grund;Datum\r\nXING;Kevin_Brooks3;Kevin Brooks;Spam;\r\n'],
    ['a JSON entry without a date', '[{"platform":"xing","key":"Kevin_Brooks3","name":"Kevin Brooks","reason":"Spam"}]'],
    ['a JSON entry whose date is null', '[{"platform":"xing","key":"Kevin_Brooks3","name":"Kevin Brooks","reason":"Spam","date":null}]'],
    ['a JSON entry whose date is empty', '[{"platform":"xing","key":"Kevin_Brooks3","name":"Kevin Brooks","reason":"Spam","date":""}]'],
  ])('%s: added with the import time', (_what, text) => {
    expect(parseBlocklistFile(text, NOW)).toEqual({ ok: true, entries: [{ ...KEVIN, at: NOW }], repeated: 0 });
  });

  it.each([
    ['an unreadable date', 'Kevin 2', ['Kevin 2']],
    ['31 February', '31.02.2026', ['31.02.2026']],
    ['a date whose day and month could swap', '03/04/2026', ['03/04/2026']],
    ['a word', ' gestern ', ['gestern']],
  ])('%s is still refused, naming the cell, even with the import time', (_what, date, detail) => {
    expect(parseBlocklistFile(`${HEADER}\r\nxing,A,,ok,14.03.2026\r\nxing,B,,ok,${date}\r\nxing,C,,ok,\r\n`, NOW)).toEqual({ ok: false, errors: [{ row: 2, problem: 'date', detail }] });
  });

  it('a dated row keeps its own date beside an undated one', () => {
    const res = parseBlocklistFile(`${HEADER}\r\nxing,A,,ok,14.03.2026\r\nxing,B,,ok,\r\n`, NOW);
    expect(res.ok && res.entries.map((e) => [e.key, e.at])).toEqual([['A', Date.UTC(2026, 2, 14)], ['B', NOW]]);
  });

  it('without the import time an empty date is refused as missing (a caller that has no time invents none)', () => {
    expect(parseBlocklistFile(`${HEADER}\r\nxing,B,,ok,\r\n`)).toEqual({ ok: false, errors: [{ row: 1, problem: 'date', detail: [''] }] });
  });

  it.each([
    ['the same undated row twice is one entry, read once', `${HEADER}\r\nxing,B,,ok,\r\nxing,B,,ok,\r\n`, { ok: true, entries: [{ v: 1, id: 'xing:B', platform: 'xing', key: 'B', reason: 'ok', at: NOW }], repeated: 1 }],
    ['an undated row and a dated row of one person are two dates: a duplicate', `${HEADER}\r\nxing,B,,ok,\r\nxing,B,,ok,14.03.2026\r\n`, { ok: false, errors: [{ row: 2, problem: 'duplicate', detail: ['1'] }] }],
  ])('%s', (_what, text, expected) => {
    expect(parseBlocklistFile(text, NOW)).toEqual(expected);
  });

  it('importing the same file again, later, changes nothing: the entry keeps the first import time', async () => {
    const { deps } = await testDeps();
    const text = `${HEADER}\r\nxing,Kevin_Brooks3,Kevin Brooks,Spam,\r\nxing,A,,ok,14.03.2026\r\n`;
    const first = parseBlocklistFile(text, NOW);
    const later = parseBlocklistFile(text, NOW + 86_400_000);
    if (!first.ok || !later.ok) throw new Error('the file should be read');
    expect(await importBlocks(deps, first.entries)).toEqual({ added: 2, unchanged: 0 });
    const before = (await dumpAll(deps)).blocklist;
    expect(await importBlocks(deps, later.entries)).toEqual({ added: 0, unchanged: 2 });
    expect((await dumpAll(deps)).blocklist).toEqual(before);
    expect(before).toContainEqual({ ...KEVIN, at: NOW });
  });

  it('the dashboard\'s import of a file (importBlocklistFile) gives an undated row the journal\'s time', async () => {
    const t = await testDeps();
    expect(await importBlocklistFile(t.deps, `${HEADER}\r\nxing,Kevin_Brooks3,Kevin Brooks,Spam,\r\n`)).toEqual({ added: 1, unchanged: 0, repeated: 0, errors: [] });
    expect((await dumpAll(t.deps)).blocklist).toEqual([{ ...KEVIN, at: t.deps.now() }]);
  });
});
