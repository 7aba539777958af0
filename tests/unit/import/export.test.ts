import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { peopleCsv } from '../../../utils/export/people-csv';
import { peopleVcards } from '../../../utils/export/vcard';
import { parseImport } from '../../../utils/import';
import type { Person } from '../../../utils/model/people';

const person = (over: Partial<Person>): Person => ({ v: 1, id: 'p1', displayName: 'Jana Schmidt', tags: [], notes: '', createdAt: Date.UTC(2026, 0, 2, 12), updatedAt: Date.UTC(2026, 1, 3, 12), ...over });
const identity = { v: 1 as const, id: 'xing:Jana_Schmidt12', platform: 'xing' as const, key: 'Jana_Schmidt12', personId: 'p1', url: 'https://www.xing.com/profile/Jana_Schmidt12', firstSeenAt: 1, lastSeenAt: 1 };

describe('CSV of people', () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ['+49 170 000', "'+49 170 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['\n=1+1', "'\n=1+1"],
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
      // Added by hand (issue 19): no profile, a random id, which the re-import must keep to find the person again.
      { person: person({ id: '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', displayName: 'Clara Weiß', company: 'Weiß & Partner', notes: 'Messe' }), identities: [] },
    ]);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const back = parseImport('x.vcf', new TextEncoder().encode(text), { now: () => 1, newId: () => 'n' });
    expect(back.errors).toEqual([]);
    expect(back.people.map((p) => [p.person.id, p.person.displayName, p.person.company, p.person.headline, p.person.location, p.identity?.key])).toEqual([
      ['p1', 'Jana Schmidt', 'Brückner, Söhne', long, 'Köln', 'Jana_Schmidt12'],
      ['p2', 'Ole', undefined, undefined, undefined, undefined],
      ['6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', 'Clara Weiß', 'Weiß & Partner', undefined, undefined, undefined],
    ]);
  });
});

describe('exports at their edges', () => {
  it('dates the CSV by the local day, as the dashboard does, and leaves a time no calendar has empty', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      const csv = peopleCsv([{ person: person({ createdAt: Date.UTC(2026, 0, 1, 23, 30), updatedAt: 9e15 }), identities: [] }]);
      const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
      expect(rows[1]!.slice(-2)).toEqual(['2026-01-02', '']);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it.each([
    ['Jana Schmidt, MBA', 'N:Schmidt;Jana;;;MBA'],
    ['Kai Müller (he/him)', 'N:Müller;Kai;;;'],
    ['Dr. Jana Schmidt', 'N:Schmidt;Jana;;Dr.;'],
    ['Jan de Boer', 'N:de Boer;Jan;;;'],
  ])('splits %s into the vCard name parts', (displayName, n) => {
    const card = peopleVcards([{ person: person({ displayName }), identities: [] }]);
    expect(card.split('\r\n')).toContain(n);
    expect(card.split('\r\n')).toContain(`FN:${displayName.replace(/,/g, '\\,')}`);
  });

  it('escapes a lone CR in a vCard value, so no raw line break ends the line', () => {
    const card = peopleVcards([{ person: person({ notes: 'eins\rzwei\r\ndrei' }), identities: [] }]);
    expect(card.split('\r\n')).toContain('NOTE:eins\\nzwei\\ndrei');
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads its own vCard back, a place ending in a backslash and a name with a suffix among them', () => {
    const card = peopleVcards([{ person: person({ displayName: 'Jana Schmidt, MBA', location: 'Pfad\\', company: 'A;B' }), identities: [identity] }]);
    const data = parseImport('export.vcf', new TextEncoder().encode(card), { now: () => 1, newId: () => 'x' });
    expect(data.errors).toEqual([]);
    expect(data.people.map((p) => p.person)).toEqual([expect.objectContaining({ displayName: 'Jana Schmidt, MBA', location: 'Pfad\\', company: 'A;B' })]);
  });

  it('reads back its own vCard of a LinkedIn-only person as a LinkedIn identity, with a long headline whole', () => {
    const linkedin = { ...identity, id: 'linkedin:jana-schmidt-koeln', platform: 'linkedin' as const, key: 'jana-schmidt-koeln', url: 'https://www.linkedin.com/in/jana-schmidt-koeln/' };
    const headline = 'Einkauf '.repeat(50).trim();
    const card = peopleVcards([{ person: person({ headline }), identities: [linkedin] }]);
    const data = parseImport('export.vcf', new TextEncoder().encode(card), { now: () => 1, newId: () => 'x' });
    expect(data.errors).toEqual([]);
    expect(data.people.map((p) => [p.identity?.id, p.person.headline])).toEqual([['linkedin:jana-schmidt-koeln', headline]]);
  });
});
