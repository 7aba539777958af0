import type { TimeRange } from '../model/base';
import type { Identity, Person } from '../model/people';
import type { Interaction } from '../model/relationships';
import type { RequestRecord } from '../model/requests';

/** The kinds of file an import understands. */
export const IMPORT_FORMATS = [
  'linkedin-connections',
  'linkedin-invitations',
  'linkedin-messages',
  'xing-vcard',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Time and ids come from outside, so that parsing is a pure function of the file. */
export interface ImportDeps {
  now: () => number;
  newId: () => string;
}

/**
 * What is wrong with a bad row, as a code the dashboard words in the user's language (`detail`: the values its
 * message names, in order). `reason` says the same in English, for import-check. The CSV parser's findings get
 * `quote-unclosed`, `quote-malformed` or `csv-split`; a finding nobody gave a code (a record the model's shape
 * refuses) is `other`, its only detail the raw reason.
 */
export const ROW_PROBLEMS = [
  'cells',
  'date',
  'no-name',
  'direction',
  'profile-url',
  'vcard-end',
  'vcard-end-of-file',
  'vcard-no-name',
  'quote-unclosed',
  'quote-malformed',
  'csv-split',
  'owner-unknown',
  'other',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

/** A bad row: `row` is the data row's number, 1 being the first row under the header (or the first vCard). */
export interface RowError {
  row: number;
  reason: string;
  problem?: RowProblem;
  detail?: string[];
}

/** A bad row's finding with its code (see ROW_PROBLEMS). Pure. */
export function rowError(row: number, problem: RowProblem, detail: readonly string[], reason: string): RowError {
  return { row, reason, problem, detail: [...detail] };
}

/** Thrown while a row's records are built (deep in a builder), so that its code reaches the row's error. */
export class RowProblemError extends Error {
  constructor(
    readonly problem: RowProblem,
    readonly detail: readonly string[],
    reason: string,
  ) {
    super(reason);
  }
}

/** The error of a row whose records could not be built: with the builder's code, else `other` with the raw reason. Pure. */
export function rowErrorOf(row: number, error: unknown): RowError {
  if (error instanceof RowProblemError) return rowError(row, error.problem, error.detail, error.message);
  const reason = reasonOf(error);
  return rowError(row, 'other', [reason], reason);
}

/**
 * A person the file names. `ref` is what tells two rows of one person apart from two people: the identity's id
 * (`linkedin:<slug>`) when the file gives a profile URL, else the person's id when the file names it (our own
 * vCard export: `xing~id:<id>`), else a name key (`linkedin~name:<folded name>`).
 */
export interface ImportedPerson {
  ref: string;
  person: Person;
  identity?: Identity;
  /** When the user connected with them (Connections.csv), as the file gives it. */
  connectedAt?: TimeRange;
}

/** What a file holds, as plain domain records (validated with the model's shapes). */
export interface ImportedData {
  format: ImportFormat;
  /** Data rows of the file (not a preamble, a header or blank lines); vCards for a vCard file. */
  rows: number;
  people: ImportedPerson[];
  requests: RequestRecord[];
  messages: Interaction[];
  /**
   * Rows left out on purpose (sponsored messages, drafts, Connections.csv's hidden members, `undatedMessages`:
   * messages whose "Date" could not be read), by reason: not errors. Beside them `undated`: rows imported without
   * their date (Connections.csv's unreadable "Connected On"; Invitations.csv's "Sent At", unreadable or empty).
   */
  skipped: Record<string, number>;
  errors: RowError[];
}

/** A file the import cannot read at all (unknown kind, no header): nothing of it is used. */
export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/** A short reason for a row error: a zod failure as its first issues, anything else as its message. */
export function reasonOf(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (Array.isArray(issues)) return issues.slice(0, 3).map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
  return error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
}

/**
 * How far a parse in steps is: characters of the text split into rows (unit 'chars', while the total of rows is not
 * known yet), then data rows read of all rows of the file (unit 'rows').
 */
export interface ParseStep {
  unit: 'chars' | 'rows';
  done: number;
  total: number;
}

/** A parse in steps yields this often (rows). */
export const STEP_ROWS = 1000;

/** Runs a parse in steps to its end, at once. Pure. */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
