import { cleanText } from '../text/clean';
import { columns, readCsvSteps, rowCount } from './csv';
import { parseExportDate } from './dates';
import { displayName } from './names';
import { PeopleBuilder, profileKeyOf } from './people-builder';
import { drain, rowError, rowErrorOf, STEP_ROWS, type ImportDeps, type ImportedData, type ParseStep, type RowError } from './types';

/** `First Name,Last Name,[URL,]Email Address,Company,Position,Connected On` in any order. */
export const isConnectionsHeader = (cells: string[]): boolean =>
  cells.includes('first name') && cells.includes('last name') && cells.includes('connected on');

/**
 * LinkedIn's Connections.csv of every era: 2018 (no URL, US dates with a time, or `20 Nov 2018`) and 2024-2025
 * (the `Notes:` preamble, a URL column, `16 Dec 2024`). E-mail addresses are not kept: the journal stores what a
 * profile shows, and LinkedIn's column often holds `urn:li:member:` ids instead. Pure.
 */
export function parseConnections(text: string, deps: ImportDeps): ImportedData {
  return drain(connectionsSteps(text, deps));
}

/**
 * parseConnections in steps: yields while Papa Parse splits the text (characters split so far), then the rows read
 * so far (and of how many) every STEP_ROWS rows, so that a caller can let its event loop run in between (the
 * background answers the dashboard while it reads a 30,000-row file).
 */
export function* connectionsSteps(text: string, deps: ImportDeps): Generator<ParseStep, ImportedData> {
  const table = yield* readCsvSteps(text, isConnectionsHeader);
  let n = 0;
  const cell = columns(table.header);
  const people = new PeopleBuilder('linkedin', deps);
  const errors: RowError[] = [...table.errors];
  for (const { row, cells } of table.rows) {
    if (++n % STEP_ROWS === 0) yield { unit: 'rows', done: n, total: table.rows.length };
    const url = cell(cells, 'url') || undefined;
    // Members who hide their name appear with empty name cells but a URL: their profile key names them.
    const name = displayName(cell(cells, 'first name'), cell(cells, 'last name')) || profileKeyOf('linkedin', url) || '';
    const date = cell(cells, 'connected on');
    const connectedAt = date ? parseExportDate(date) : undefined;
    if (connectedAt === null) {
      errors.push(rowError(row, 'date', ['Connected On', date.slice(0, 40)], `"Connected On" is not a date: ${date.slice(0, 40)}`));
      continue;
    }
    if (!name) {
      errors.push(rowError(row, 'no-name', [], 'first and last name are empty'));
      continue;
    }
    try {
      people.add({
        name,
        url,
        company: cleanText(cell(cells, 'company')),
        headline: cleanText(cell(cells, 'position')),
        ...(connectedAt ? { connectedAt } : {}),
      });
    } catch (error) {
      errors.push(rowErrorOf(row, error));
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { format: 'linkedin-connections', rows: rowCount(table), people: people.list(), requests: [], messages: [], skipped: {}, errors };
}
