import type { BlockEntry } from '../model/relationships';

/**
 * The blocklist as a file a team can share: JSON (an array of rows) or CSV with the header
 * `platform,profile key,name,reason,date` (date as ISO 8601, UTC). utils/blocklist/file.ts reads both back. Pure.
 */
export interface FileRow {
  platform: string;
  key: string;
  name: string;
  reason: string;
  date: string;
}

export const CSV_HEADER = ['platform', 'profile key', 'name', 'reason', 'date'] as const;

/** `names`: the journal's name of a person by entry id, written where the entry itself names nobody. */
export function exportJson(entries: readonly BlockEntry[], names: ReadonlyMap<string, string> = new Map()): string {
  return JSON.stringify(entries.map((e) => toRow(e, names)), null, 2);
}

export function exportCsv(entries: readonly BlockEntry[], names: ReadonlyMap<string, string> = new Map()): string {
  return [CSV_HEADER.join(','), ...entries.map((e) => Object.values(toRow(e, names)).map(csvCell).join(','))].join('\r\n') + '\r\n';
}

const toRow = (e: BlockEntry, names: ReadonlyMap<string, string>): FileRow => ({
  platform: e.platform,
  key: e.key,
  name: e.name || names.get(e.id) || '',
  reason: e.reason,
  date: new Date(e.at).toISOString(),
});

// A spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula: such a cell gets a leading ', which
// the reader drops again. A cell that starts with ' itself gets one too, or the reader would drop its own.
export const FORMULA_START = /^[=+\-@'\t\r]/;

/**
 * One CSV cell: quoted when it holds a quote, a line break or any separator a reader may guess (`,` `;` tab), so
 * that German Excel's `;` guess never splits one. Pure.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\t\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
