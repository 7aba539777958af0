import Papa from 'papaparse';
import { ImportRefused, type RowError } from './types';

export interface CsvTable {
  /** Header cells, trimmed and lower-cased, for lookup by name (exports reorder and add columns between eras). */
  header: string[];
  rows: { row: number; cells: string[] }[];
  errors: RowError[];
}

/** The file's text: UTF-8 (LinkedIn's exports are), byte-order mark dropped. Pure. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Splits a CSV export into header and data rows with Papa Parse (RFC 4180 quoting, quoted cells over several lines,
 * CRLF or LF). Everything above the first line `isHeader` accepts is a preamble (LinkedIn's `Notes:` block) and is
 * not counted. Blank lines are not rows. A row whose cell count differs from the header's is an error, by number.
 */
export function readCsv(text: string, isHeader: (cells: string[]) => boolean): CsvTable {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimiter: ',' });
  const all = parsed.data;
  const start = all.findIndex((cells) => isHeader(cells.map(norm)));
  if (start < 0) throw new ImportRefused('no known header row');
  const header = all[start]!.map(norm);
  const rows: CsvTable['rows'] = [];
  const errors: RowError[] = [];
  for (let i = start + 1; i < all.length; i++) {
    const row = i - start;
    const cells = all[i]!;
    if (cells.length !== header.length) errors.push({ row, reason: `${cells.length} cells where the header has ${header.length}` });
    else rows.push({ row, cells });
  }
  // Papa Parse's own findings (an unclosed quote) name the parsed row; map them to data row numbers.
  for (const e of parsed.errors) {
    if (e.type === 'FieldMismatch' || e.row === undefined || e.row <= start) continue;
    if (!errors.some((x) => x.row === e.row! - start)) errors.push({ row: e.row - start, reason: e.message });
  }
  errors.sort((a, b) => a.row - b.row);
  const bad = new Set(errors.map((e) => e.row));
  return { header, rows: bad.size ? rows.filter((r) => !bad.has(r.row)) : rows, errors };
}

export const norm = (cell: string): string => cell.trim().toLowerCase();

/** A reader of one row's cells by column name; absent columns read as ''. */
export function columns(header: string[]) {
  const at = new Map(header.map((name, i) => [name, i]));
  return (cells: string[], name: string): string => {
    const i = at.get(name);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
}

/** The data row count for a table: good rows and bad ones. */
export const rowCount = (t: CsvTable): number => t.rows.length + t.errors.length;
