import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { withFileLines } from '../../../utils/journal/import-lines';
import { IMPORT_FIXTURES, NOW } from './fixtures';

// A bad row is shown by the line of the file it starts on (what an editor shows): the data row number import-check
// reports, moved by the preamble, the header, blank lines and quoted cells over several lines.
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const BAD = 'D,E,https://example.com/x,,C,P,16 Dec 2024';
const GOOD = 'A,B,https://www.linkedin.com/in/ab,,C,P,16 Dec 2024';
const enc = (text: string) => new TextEncoder().encode(text);

/** The lines of the refused rows as the import would answer them. */
function linesOf(bytes: Uint8Array, name = 'Connections.csv') {
  let id = 0;
  const data = parseImport(name, bytes, { now: () => NOW, newId: () => `p${++id}` });
  return withFileLines(bytes, data.format, data.errors).map((e) => [e.row, e.line]);
}

describe('the line of the file a refused row starts on', () => {
  it.each([
    ['header on line 1', `${HEADER}\n${GOOD}\n${BAD}\n`, [[2, 3]]],
    ['LinkedIn\'s preamble and a blank line', `Notes:\n"preamble"\n\n${HEADER}\n${GOOD}\n${BAD}\n`, [[2, 6]]],
    ['CRLF and blank lines between rows', `${HEADER}\r\n\r\n${GOOD}\r\n\r\n${BAD}\r\n`, [[2, 5]]],
    ['a quoted cell over three lines before it', `${HEADER}\n"A\nB\nC",B,https://www.linkedin.com/in/ab,,C,P,16 Dec 2024\n${BAD}\n`, [[2, 5]]],
    ['two bad rows', `${HEADER}\n${BAD}\n${GOOD}\n${BAD}\n`, [[1, 2], [3, 4]]],
    ['German Excel: semicolons', `${HEADER.replaceAll(',', ';')}\n\n${BAD.replaceAll(',', ';')}\n`, [[1, 3]]],
  ])('%s', (_, text, expected) => {
    expect(linesOf(enc(text))).toEqual(expected);
  });

  it('the corrupt fixture: rows 3 and 4 are lines 4 and 5', () => {
    expect(linesOf(new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, 'made-up_corrupt_Connections.csv'))))).toEqual([[3, 4], [4, 5]]);
  });

  it('vCards and findings of the whole file keep no line', () => {
    const vcards = enc('BEGIN:VCARD\nVERSION:3.0\nFN:Jana\nEND:VCARD\n');
    const errors = [{ row: 1, reason: 'x' }];
    expect(withFileLines(vcards, 'xing-vcard', errors)).toEqual(errors);
    expect(withFileLines(enc(`${HEADER}\n`), 'linkedin-messages', [{ row: 0, reason: 'owner' }])).toEqual([{ row: 0, reason: 'owner' }]);
  });
});
