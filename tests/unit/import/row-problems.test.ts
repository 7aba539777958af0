import { describe, expect, it } from 'vitest';
import { papaProblem, readCsv, readCsvSteps } from '../../../utils/import/csv';
import { isConnectionsHeader } from '../../../utils/import/linkedin-connections';
import { drain, rowError, rowErrorOf, RowProblemError } from '../../../utils/import/types';
import { parseImport } from '../../../utils/import';
import { NOW } from './fixtures';

const HEAD = 'First Name,Last Name,Connected On\n';
const GOOD = 'A,B,16 Dec 2024\n';

// The CSV parser's findings reach the dashboard as codes, so that they are worded in the user's language.
describe('CSV findings as row problems', () => {
  it.each([
    ['an unclosed quote (it swallows the rest of the file, so it, not the cell count, is the finding)', `${HEAD}${GOOD}"E,F,16 Dec 2024\n${GOOD}`, [{ row: 2, problem: 'quote-unclosed', reason: 'Quoted field unterminated' }]],
    ['an unclosed quote in the last cell (the cell count is right)', `${HEAD}${GOOD}C,D,"16 Dec 2024\n`, [{ row: 2, problem: 'quote-unclosed', reason: 'Quoted field unterminated' }]],
    ['a quote that is not doubled inside a quoted cell', `${HEAD}"C"x",D,16 Dec 2024\n${GOOD}`, [{ row: 1, problem: 'quote-malformed', reason: 'Trailing quote on quoted field is malformed' }]],
    ['two findings in one row: the first is kept', `${HEAD}${GOOD}"C"x,D,16 Dec 2024\n`, [{ row: 2, problem: 'quote-malformed', reason: 'Trailing quote on quoted field is malformed' }]],
    ['a wrong cell count without a quote error stays a cell-count finding', `${HEAD}C,D\n`, [{ row: 1, problem: 'cells', reason: '2 cells where the header has 3' }]],
  ] as const)('%s', (_what, csv, expected) => {
    const errors = readCsv(csv, isConnectionsHeader).errors;
    expect(errors.map(({ row, problem, reason }) => ({ row, problem, reason }))).toEqual(expected);
    // Whatever the piece size Papa Parse splits at, the same findings.
    for (const size of [1, 5, 17]) expect(drain(readCsvSteps(csv, isConnectionsHeader, size)).errors, `pieces of ${size}`).toEqual(errors);
  });

  it.each([
    ['MissingQuotes', 'quote-unclosed'],
    ['InvalidQuotes', 'quote-malformed'],
    ['UndetectableDelimiter', 'csv-split'],
    ['TooManyFields', 'csv-split'],
    ['a code of a later Papa Parse', 'csv-split'],
  ] as const)('Papa Parse %s is %s', (code, problem) => {
    expect(papaProblem(code)).toBe(problem);
  });

  it('a bad file through the whole import names the row by its code', () => {
    const bytes = new TextEncoder().encode(`${HEAD}${GOOD}"E,F,16 Dec 2024\n`);
    const errors = parseImport('Connections.csv', bytes, { now: () => NOW, newId: () => 'id' }).errors;
    expect(errors).toEqual([{ row: 2, problem: 'quote-unclosed', detail: [], reason: 'Quoted field unterminated' }]);
  });
});

describe('rowErrorOf: every row error has a code', () => {
  it.each([
    ['a builder finding keeps its code and values', new RowProblemError('date', ['Connected On', 'x'], '"Connected On" is not a date: x'), rowError(4, 'date', ['Connected On', 'x'], '"Connected On" is not a date: x')],
    ['any other error is `other` with its raw reason', new Error('boom'), rowError(4, 'other', ['boom'], 'boom')],
    ['a shape refusal is `other` with its first issues', { issues: [{ path: ['person', 'name'], message: 'Too big' }] }, rowError(4, 'other', ['person.name: Too big'], 'person.name: Too big')],
    ['a thrown string is `other`', 'odd', rowError(4, 'other', ['odd'], 'odd')],
  ] as const)('%s', (_what, error, expected) => {
    expect(rowErrorOf(4, error)).toEqual(expected);
  });
});
