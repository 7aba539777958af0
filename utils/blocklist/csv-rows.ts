import Papa from 'papaparse';
import { csvSeparator, isBlank, lineBreakOf, norm, papaProblem, type CsvSeparator } from '../import/csv';
import { CSV_HEADER } from './export';
import { blocklistError, type BlocklistError } from './problems';
import type { RawRow } from './row';

// Column names as the export writes them, and the German words a team may type instead. Columns are found by
// name (trimmed, any case), so an extra column ("added by") or another order is fine; platform, profile key and
// date must be there.
const COLUMNS = {
  platform: ['platform', 'plattform'],
  key: ['profile key', 'profilschlüssel', 'profile', 'profil', 'profile url', 'profiladresse'],
  name: ['name'],
  reason: ['reason', 'grund'],
  date: ['date', 'datum'],
} as const satisfies Record<keyof Omit<RawRow, 'row'>, readonly string[]>;
type Field = keyof typeof COLUMNS;
const REQUIRED: readonly Field[] = ['platform', 'key', 'date'];

/** How many rows at the top may come before the header (a title line a team added). */
const HEAD_ROWS = 12;

export type CsvRows = { ok: true; rows: RawRow[]; errors: BlocklistError[] } | { ok: false; error: BlocklistError };

/**
 * The data rows of a blocklist CSV, split by Papa Parse at the separator its header is written with: the comma of
 * the export, or what Excel writes in German (`;`) or as text (tab). `row` counts the lines under the header,
 * blank ones included, so the number a refusal names is the row the user sees. Cells lose the ' the export
 * put before formula-looking text. Pure.
 */
export function csvRows(text: string): CsvRows {
  const newline = lineBreakOf(text);
  const guessed = csvSeparator(Papa.parse<string[]>(text, { preview: HEAD_ROWS, skipEmptyLines: 'greedy', newline }).meta.delimiter);
  for (const separator of new Set<CsvSeparator>([guessed, ',', ';', '\t'])) {
    const head = Papa.parse<string[]>(text, { preview: HEAD_ROWS, delimiter: separator, newline }).data;
    const start = head.findIndex((cells) => columnsOf(cells) !== null);
    if (start >= 0) return rowsFrom(Papa.parse<string[]>(text, { delimiter: separator, newline, skipEmptyLines: false }), start);
  }
  return { ok: false, error: blocklistError(undefined, 'header', [CSV_HEADER.join(',')]) };
}

/** Each field's column in a header row, or null when the row is not the header. */
function columnsOf(cells: readonly string[]): Record<Field, number> | null {
  const names = cells.map(norm);
  const at = (field: Field) => names.findIndex((n) => (COLUMNS[field] as readonly string[]).includes(n));
  const found = { platform: at('platform'), key: at('key'), name: at('name'), reason: at('reason'), date: at('date') };
  return REQUIRED.every((f) => found[f] >= 0) ? found : null;
}

function rowsFrom(parsed: Papa.ParseResult<string[]>, start: number): CsvRows {
  const columns = columnsOf(parsed.data[start]!)!;
  const errors: BlocklistError[] = [];
  const bad = new Set<number>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.row <= start || bad.has(e.row - start)) continue;
    const problem = papaProblem(e.code);
    bad.add(e.row - start);
    errors.push(blocklistError(e.row - start, problem === 'quote-unclosed' || problem === 'quote-malformed' ? problem : 'csv-split'));
  }
  const rows: RawRow[] = [];
  for (let i = start + 1; i < parsed.data.length; i++) {
    const cells = parsed.data[i]!;
    const row = i - start;
    if (isBlank(cells) || bad.has(row)) continue;
    const cell = (field: Field) => (columns[field] < 0 ? '' : unformula(cells[columns[field]] ?? ''));
    rows.push({ row, platform: cell('platform'), key: cell('key'), name: cell('name'), reason: cell('reason'), date: cell('date') });
  }
  return { ok: true, rows, errors };
}

/** A cell as it was before the export put a ' before it (see FORMULA_START in export.ts). Pure. */
const unformula = (cell: string): string => cell.replace(/^'(?=[=+\-@'\t\r])/, '');
