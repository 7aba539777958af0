import Papa from 'papaparse';
import { drain, ImportRefused, rowError, type ParseStep, type RowError, type RowProblem } from './types';

export interface CsvTable {
  /** Header cells, trimmed and lower-cased, for lookup by name (exports reorder and add columns between eras). */
  header: string[];
  rows: { row: number; cells: string[] }[];
  errors: RowError[];
}

/** The cell separators a CSV file may use: LinkedIn's comma, and what Excel writes in German (`;`) or as text (tab). */
export type CsvSeparator = ',' | ';' | '\t';

/** The separator Papa Parse guessed, when it is one an export may have; else the comma. Pure. */
export const csvSeparator = (guessed: string | undefined): CsvSeparator => (guessed === ';' || guessed === '\t' ? guessed : ',');

/** How many characters of the text Papa Parse splits between two steps (about 500 rows of Connections.csv). */
export const CSV_STEP_CHARS = 64 * 1024;

/**
 * Splits a CSV export into header and data rows with Papa Parse (RFC 4180 quoting, quoted cells over several lines,
 * CRLF or LF; cells split at `separator`, the comma unless the caller found another). Everything above the first line `isHeader` accepts is a preamble (LinkedIn's `Notes:` block) and is
 * not counted. Blank lines are not rows. A row whose cell count differs from the header's is an error, by number.
 */
export function readCsv(text: string, isHeader: (cells: string[]) => boolean, separator: CsvSeparator = ','): CsvTable {
  return drain(readCsvSteps(text, isHeader, CSV_STEP_CHARS, lineBreakOf(text), separator));
}

/**
 * readCsv in steps: Papa Parse splits `stepChars` characters at a time (pausing its parser in between), and a step
 * of unit 'chars' (characters split of all) is yielded after each, so that the caller's event loop can run before
 * the whole file is split. The table is the same as one parse of the whole text gives.
 */
export function* readCsvSteps(text: string, isHeader: (cells: string[]) => boolean, stepChars = CSV_STEP_CHARS, newline = lineBreakOf(text), separator: CsvSeparator = ','): Generator<ParseStep, CsvTable> {
  const all: string[][] = [];
  const papaErrors: PapaFinding[] = [];
  // What Papa Parse handed over last (a holder: the callback sets it while Papa.parse or resume() runs).
  const pending: { next: { results: Papa.ParseResult<string[]>; parser: Papa.Parser } | null } = { next: null };
  Papa.parse<string[]>(text, {
    header: false,
    // Blank lines are left out below: Papa Parse's 'greedy' test joins every row's cells into a new string.
    skipEmptyLines: false,
    delimiter: separator,
    newline,
    chunkSize: stepChars,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      pending.next = { results, parser };
      parser.pause();
    },
    complete: () => undefined,
  });
  for (let step = pending.next; step; step = pending.next) {
    pending.next = null;
    // Papa Parse numbers its findings (an unclosed quote) by the chunk's rows, blank lines included; a data row's
    // number leaves blank lines out, so each chunk row's place among the rows kept is noted first.
    const data = step.results.data;
    const kept = new Array<number>(data.length);
    for (let i = 0; i < data.length; i++) {
      kept[i] = all.length;
      if (!isBlank(data[i]!)) all.push(data[i]!);
    }
    for (const e of step.results.errors) if (e.type !== 'FieldMismatch' && e.row !== undefined) papaErrors.push({ row: kept[e.row] ?? all.length, code: e.code, message: e.message });
    yield { unit: 'chars', done: Math.min(step.results.meta.cursor, text.length), total: text.length };
    step.parser.resume(); // synchronous for a string: splits the next chunk (and calls `chunk` again) before it returns
  }
  return tableOf(all, papaErrors, isHeader);
}

/**
 * The line ending as Papa Parse guesses it from the whole text (a piece might hold no line end, or only its CR).
 * A caller that reads the text's head with Papa Parse too can pass it there, so that the first megabyte is not
 * scanned twice. Pure.
 */
export function lineBreakOf(text: string): '\r\n' | '\r' | '\n' {
  const guessed = Papa.parse<string[]>(text, { preview: 1, delimiter: ',' }).meta.linebreak;
  return guessed === '\r\n' || guessed === '\r' ? guessed : '\n';
}

/**
 * Whether a row is blank as Papa Parse's skipEmptyLines 'greedy' has it (its cells joined are white space only):
 * true exactly when every cell is white space only, without building the joined string. Pure.
 */
export const isBlank = (cells: readonly string[]): boolean => {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
};

/** A finding of Papa Parse's, its row counted over the whole text. */
interface PapaFinding {
  row: number;
  code: Papa.ParseError['code'];
  message: string;
}

/** Papa Parse's finding as a row problem (its message is English): the quote errors by name, the rest as a split failure. */
const PAPA_PROBLEMS: Partial<Record<PapaFinding['code'], RowProblem>> = { MissingQuotes: 'quote-unclosed', InvalidQuotes: 'quote-malformed' };
export const papaProblem = (code: string): RowProblem => PAPA_PROBLEMS[code as PapaFinding['code']] ?? 'csv-split';

/** Header, data rows and row errors of split CSV rows (see readCsv). Pure. */
function tableOf(all: string[][], papaErrors: readonly PapaFinding[], isHeader: (cells: string[]) => boolean): CsvTable {
  const start = all.findIndex((cells) => isHeader(cells.map(norm)));
  if (start < 0) throw new ImportRefused('no known header row');
  const header = all[start]!.map(norm);
  const rows: CsvTable['rows'] = [];
  const errors: RowError[] = [];
  for (let i = start + 1; i < all.length; i++) {
    const row = i - start;
    const cells = all[i]!;
    if (cells.length !== header.length) errors.push(rowError(row, 'cells', [String(cells.length), String(header.length)], `${cells.length} cells where the header has ${header.length}`));
    else rows.push({ row, cells });
  }
  // Papa Parse's own findings name the parsed row; map them to data row numbers. A quote error is the cause of a
  // wrong cell count in its row (an unclosed quote swallows the rest of the file into one cell), so it replaces
  // that row's count error; of two findings in one row, Papa Parse's first is kept.
  const papaRows = new Set<number>();
  for (const e of papaErrors) {
    const row = e.row - start;
    if (row <= 0 || papaRows.has(row)) continue;
    papaRows.add(row);
    const finding = rowError(row, papaProblem(e.code), [], e.message);
    const at = errors.findIndex((x) => x.row === row);
    if (at < 0) errors.push(finding);
    else errors[at] = finding;
  }
  errors.sort((a, b) => a.row - b.row);
  const bad = new Set(errors.map((e) => e.row));
  return { header, rows: bad.size ? rows.filter((r) => !bad.has(r.row)) : rows, errors };
}

export const norm = (cell: string): string => cell.trim().toLowerCase();

/**
 * A reader of one column's cell, its index found once: a 30,000-row file reads six cells a row, and a name lookup
 * for each was a measurable part of the parse. An absent column reads as ''.
 */
export function column(header: string[], name: string): (cells: string[]) => string {
  const i = header.lastIndexOf(name); // of two columns of one name, the last
  return i < 0 ? () => '' : (cells) => (cells[i] ?? '').trim();
}

/** A reader of one row's cells by column name, each name's column found once (see column); absent columns read as ''. */
export function columns(header: string[]) {
  const readers = new Map<string, (cells: string[]) => string>();
  return (cells: string[], name: string): string => {
    let read = readers.get(name);
    if (!read) readers.set(name, (read = column(header, name)));
    return read(cells);
  };
}

/** The data row count for a table: good rows and bad ones. */
export const rowCount = (t: CsvTable): number => t.rows.length + t.errors.length;
