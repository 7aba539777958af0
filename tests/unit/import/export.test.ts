import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { peopleCsv } from '../../../utils/export/people-csv';
import { peopleVcards } from '../../../utils/export/vcard';
import { parseImport } from '../../../utils/import';
import type { Person } from '../../../utils/model/people';

const person = (over: Partial<Person>): Person => ({ v: 1, id: 'p1', displayName: 'Jana Schmidt', tags: [], notes: '', createdAt: Date.UTC(2026, 0, 2), updatedAt: Date.UTC(2026, 1, 3), ...over });
const identity = { v: 1 as const, id: 'xing:Jana_Schmidt12', platform: 'xing' as const, key: 'Jana_Schmidt12', personId: 'p1', url: 'https://www.xing.com/profile/Jana_Schmidt12', firstSeenAt: 1, lastSeenAt: 1 };

describe('CSV of people', () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ['+49 170 000', "'+49 170 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['Müller, "Consulting"', 'Müller, "Consulting"'],
  ])('a cell %j reads back as %j, never as a formula', (company, cell) => {
    const csv = peopleCsv([{ person: person({ company, notes: 'Zeile 1\nZeile 2' }), identities: [identity] }]);
    expect(csv.startsWith('\uFEFFName,Headline,Company,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]).toEqual(['Jana Schmidt', '', cell, '', '', 'Zeile 1\nZeile 2', '', 'https://www.xing.com/profile/Jana_Schmidt12', '2026-01-02', '2026-02-03']);
  });
  it('a formula on the first of several lines is neutralised too (a note, a multi-line headline)', () => {
    const notes = '=HYPERLINK("http://evil","x")\nsecond line';
    const csv = peopleCsv([{ person: person({ notes, headline: '@SUM(A1)\r\n2' }), identities: [] }]);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]![1]).toBe("'@SUM(A1)\r\n2");
    expect(rows[1]![5]).toBe(`'${notes}`);
  });
});

describe('vCards of people', () => {
  it('escape, fold and read back with our own vCard import', () => {
    const long = 'Geschäftsführerin für Vertrieb, Einkauf; Logistik und sehr lange Titel mit Umlauten äöü';
    const text = peopleVcards([
      { person: person({ headline: long, company: 'Brückner, Söhne', location: 'Köln', notes: 'Messe\nKaffee', tags: ['messe'] }), identities: [identity] },
      { person: person({ id: 'p2', displayName: 'Ole' }), identities: [] },
    ]);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const back = parseImport('x.vcf', new TextEncoder().encode(text), { now: () => 1, newId: () => 'n' });
    expect(back.errors).toEqual([]);
    expect(back.people.map((p) => [p.person.displayName, p.person.company, p.person.headline, p.person.location, p.identity?.key])).toEqual([
      ['Jana Schmidt', 'Brückner, Söhne', long, 'Köln', 'Jana_Schmidt12'],
      ['Ole', undefined, undefined, undefined, undefined],
    ]);
  });
});
