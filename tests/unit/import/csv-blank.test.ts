import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isBlank, lineBreakOf, readCsv } from '../../../utils/import/csv';

// readCsvSteps leaves blank rows out itself instead of Papa Parse's skipEmptyLines 'greedy' (which joins every
// row's cells into a new string): the same rows must go, and Papa Parse's findings name the data row they are in.

const SPACES = ['', ' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u1680', '\u2000', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];
const NOT_SPACES = ['a', '\u200B', '\u0000', '\u0085', '\u180E', '"', '😀'];

describe('isBlank: Papa Parse\'s greedy test without the joined string', () => {
  const rows: string[][] = [[], [''], ['', ''], ...SPACES.map((s) => [s, s]), ...NOT_SPACES.map((s) => [' ', s]), ...NOT_SPACES.map((s) => [`${s} `, ''])];
  for (const a of [...SPACES, ...NOT_SPACES]) for (const b of SPACES) rows.push([a, b, ' '], [b, `${a}${b}`]);
  it.each(rows.map((cells) => [JSON.stringify(cells), cells] as const))('%s', (_, cells) => {
    expect(isBlank(cells)).toBe(cells.join('').trim() === '');
  });
});

describe('blank lines in a CSV file', () => {
  const isHeader = (c: string[]) => c.includes('a') && c.includes('b');
  const text = 'x\n\na,b\n1,2\n \t,\u00A0\n,\n\n3,4\n\u200B,\n5,"6\n7,8\n';

  it('are left out as Papa Parse\'s greedy option leaves them out', () => {
    for (const t of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) {
      const greedy = Papa.parse<string[]>(t, { skipEmptyLines: 'greedy', delimiter: ',', newline: lineBreakOf(t) }).data;
      const table = readCsv(t, isHeader);
      expect(table.header).toEqual(greedy[1]);
      // Under the preamble line and the header; the row with the unclosed quote (data row 4) is an error, not a row.
      expect(table.rows.map((r) => r.cells)).toEqual(greedy.slice(2).filter((_, i) => i + 1 !== 4));
      expect(table.errors.map((e) => [e.row, e.problem])).toEqual([[4, 'quote-unclosed']]);
    }
  });

  it('number a quote finding by data rows, blank lines not counted (Papa Parse counts them in its own number)', () => {
    // Data rows: "1,2", "3,4", "\u200B,", then the unclosed quote in row 4 (until session 21 reported as row 8, a row
    // the file does not have, while the broken row itself was taken in).
    expect(readCsv(text, isHeader).errors).toEqual([{ row: 4, reason: 'Quoted field unterminated', problem: 'quote-unclosed', detail: [] }]);
  });

  it('lineBreakOf is the line break Papa Parse guesses', () => {
    for (const t of ['a\nb', 'a\r\nb\r\n', 'a\rb', '"x\r\ny"\nz', 'plain', '"a\r"\r\n\n'])
      expect(lineBreakOf(t)).toBe(Papa.parse(t).meta.linebreak);
  });
});
