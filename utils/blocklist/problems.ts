/**
 * Why a blocklist file, or one of its rows, was refused: a code the dashboard words in the user's language
 * (components/dashboard/blocklist-problem-text.ts), with `detail`, the values its message names, in order.
 *
 * File-level codes (no row): `json` (not valid JSON), `not-list` (JSON, but not a list of entries), `header` (no
 * line names the columns; detail: the header expected). Row codes: `entry` (a JSON item that is no object),
 * `platform` (detail: the cell), `key-empty`, `key-url` (a profile address of another site, or of no profile;
 * detail: the site, the address), `key-invalid` (detail: the cell), `key-long` / `name-long` / `reason-long`
 * (detail: the limit), `date` (detail: the cell), `duplicate` (the same profile as an earlier row with another
 * reason or date; detail: that row), and the CSV reader's `quote-unclosed`, `quote-malformed`, `csv-split`.
 */
export const BLOCKLIST_PROBLEMS = [
  'json',
  'not-list',
  'header',
  'entry',
  'platform',
  'key-empty',
  'key-url',
  'key-invalid',
  'key-long',
  'name-long',
  'reason-long',
  'date',
  'duplicate',
  'quote-unclosed',
  'quote-malformed',
  'csv-split',
] as const;
export type BlocklistProblem = (typeof BLOCKLIST_PROBLEMS)[number];

/** A refused file (no `row`) or row: `row` 1 is the first row under the header (or the JSON list's first item). */
export interface BlocklistError {
  row?: number;
  problem: BlocklistProblem;
  detail: string[];
}

/** How much of a cell a finding quotes (a refused cell may be a whole pasted paragraph). */
const QUOTED_MAX = 100;

export const blocklistError = (row: number | undefined, problem: BlocklistProblem, detail: readonly string[] = []): BlocklistError =>
  row === undefined ? { problem, detail: detail.map(quoted) } : { row, problem, detail: detail.map(quoted) };

const quoted = (cell: string): string => (cell.length > QUOTED_MAX ? `${cell.slice(0, QUOTED_MAX)}…` : cell);
