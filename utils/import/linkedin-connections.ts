import { cleanText } from '../text/clean';
import { column, CSV_STEP_CHARS, lineBreakOf, readCsvSteps, rowCount, type CsvSeparator } from './csv';
import { parseExportDate } from './dates';
import { displayName } from './names';
import { PeopleBuilder, profileKeyOf } from './people-builder';
import { eachInSteps } from './row-steps';
import { drain, rowError, rowErrorOf, type ImportDeps, type ImportedData, type ParseStep, type RowError } from './types';

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
export function* connectionsSteps(text: string, deps: ImportDeps, newline = lineBreakOf(text), separator: CsvSeparator = ','): Generator<ParseStep, ImportedData> {
  const table = yield* readCsvSteps(text, isConnectionsHeader, CSV_STEP_CHARS, newline, separator);
  const urlOf = column(table.header, 'url');
  const firstOf = column(table.header, 'first name');
  const lastOf = column(table.header, 'last name');
  const dateOf = column(table.header, 'connected on');
  const companyOf = column(table.header, 'company');
  const positionOf = column(table.header, 'position');
  const people = new PeopleBuilder('linkedin', deps);
  const errors: RowError[] = [...table.errors];
  const skipped: Record<string, number> = {};
  const dateAt = table.header.lastIndexOf('connected on');
  yield* eachInSteps(table.rows, ({ row, cells }) => {
    // LinkedIn writes `,,,,,,02 Oct 2023` for members who hid their name or closed their account: nothing names
    // them and the user cannot fix it, so such a row is left out and counted, not a row error that blocks the file.
    if (isHiddenMember(cells, dateAt)) {
      skipped.hidden = (skipped.hidden ?? 0) + 1;
      return;
    }
    const url = urlOf(cells) || undefined;
    // Members who hide their name appear with empty name cells but a URL: their profile key names them.
    const name = displayName(firstOf(cells), lastOf(cells)) || profileKeyOf('linkedin', url) || '';
    const date = dateOf(cells);
    // A date the import cannot read (31 Feb, a spreadsheet's own form) is only the connection's date: the row still
    // names the person, so it imports without it, as a row whose cell is empty does, and is counted (`undated`).
    const connectedAt = (date && parseExportDate(date)) || undefined;
    if (!name) {
      // Some other cell (a company, a position) says this is a person: a row the user can mend, so it is named.
      errors.push(rowError(row, 'no-name', [], 'first and last name are empty'));
      return;
    }
    try {
      people.add({
        name,
        url,
        company: cleanText(companyOf(cells)),
        headline: cleanText(positionOf(cells)),
        connectedAt, // undefined when the cell is empty or unreadable: the builder reads it like an absent one
      });
      if (date && !connectedAt) skipped.undated = (skipped.undated ?? 0) + 1;
    } catch (error) {
      errors.push(rowErrorOf(row, error));
    }
  });
  errors.sort((a, b) => a.row - b.row);
  return { format: 'linkedin-connections', rows: rowCount(table), people: people.list(), requests: [], messages: [], skipped, errors };
}

/** True when every cell but the date is empty: a hidden or closed member's row (white space counts as empty). Pure. */
const isHiddenMember = (cells: readonly string[], dateAt: number): boolean => cells.every((cell, i) => i === dateAt || cell.trim() === '');
