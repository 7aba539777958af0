import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { NOW, parseFixture } from './fixtures';

// LinkedIn writes a row of nothing but the date for a member who hid their name or closed their account (`,,,,,21 Jul
// 2022`, `,,,,,,02 Oct 2023`). Issue 19: each was a row error, and one row error keeps the whole file out.
const WITH_URL = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const NO_URL = 'First Name,Last Name,Email Address,Company,Position,Connected On\n';
const GOOD = { url: 'Mira,Kellner,https://www.linkedin.com/in/mira-kellner,,,,16 Dec 2024\n', noUrl: 'Mira,Kellner,,,,16 Dec 2024\n' };

const parse = (csv: string) => {
  let id = 0;
  return parseImport('Connections.csv', new TextEncoder().encode(csv), { now: () => NOW, newId: () => `p${++id}` });
};

describe('Connections.csv rows without a name', () => {
  it.each([
    ['2023 on: only the date (URL column)', `${WITH_URL}${GOOD.url},,,,,,02 Oct 2023\n`, 1, { hidden: 1 }, []],
    ['2020-2022: only the date (no URL column)', `${NO_URL}${GOOD.noUrl},,,,,21 Jul 2022\n,,,,,24-Sep-21\n`, 1, { hidden: 2 }, []],
    ['no date either: a blank line, not a row at all', `${WITH_URL}${GOOD.url},,,,,,\n`, 1, {}, []],
    ['white space in the empty cells', `${WITH_URL}${GOOD.url} , ,\u00A0,,,,02 Oct 2023\n`, 1, { hidden: 1 }, []],
    ['an unreadable date does not make it a person: still left out', `${WITH_URL}${GOOD.url},,,,,,gestern\n`, 1, { hidden: 1 }, []],
    ['a URL names the member by its profile key', `${WITH_URL},,https://www.linkedin.com/in/lale-ucar-9f8e,,,,02 Oct 2023\n`, 1, {}, []],
    ['a company but no name: the user can mend it, so it is an error', `${WITH_URL}${GOOD.url},,,,Kellner GmbH,,02 Oct 2023\n`, 1, {}, [[2, 'no-name']]],
    ['a position but no name: an error', `${NO_URL},,,,Einkauf,21 Jul 2022\n`, 0, {}, [[1, 'no-name']]],
    ['an e-mail address but no name: an error', `${NO_URL},,ole@example.org,,,21 Jul 2022\n`, 0, {}, [[1, 'no-name']]],
  ] as const)('%s', (_what, csv, people, skipped, errors) => {
    const data = parse(csv);
    expect(data.people).toHaveLength(people);
    expect(data.skipped).toEqual(skipped);
    expect(data.errors.map((e) => [e.row, e.problem])).toEqual(errors);
  });

  it('a hidden member still counts as a row of the file', () => {
    expect(parse(`${NO_URL}${GOOD.noUrl},,,,,21 Jul 2022\n`).rows).toBe(2);
  });

  it('the 2022 export with its preamble imports the named people and counts the hidden ones', () => {
    const data = parseFixture('made-up_Connections_2022_hidden-members.csv');
    expect(data.errors).toEqual([]);
    expect(data.skipped).toEqual({ hidden: 3 });
    expect(data.people.map((p) => [p.person.displayName, p.connectedAt?.from])).toEqual([
      ['Wiebke Sommerfeld', Date.UTC(2022, 8, 14)],
      ['Okan Brüggemann', Date.UTC(2022, 5, 3)],
      ['Tilda Marx, Dr.', Date.UTC(2020, 10, 19)],
    ]);
  });
});
