// The line of the file a refused row starts on, for the dashboard: `row` counts data rows from under the header
// (import-check's JSON keeps that, as documented), but a user looks in an editor or a spreadsheet, where LinkedIn's
// preamble, the header and a quoted cell over several lines all take lines of their own.
import Papa from 'papaparse';
import { csvSeparator, isBlank, lineBreakOf, norm } from '../import/csv';
import { asUtf8, decodeText } from '../import/decode';
import { isConnectionsHeader } from '../import/linkedin-connections';
import { isInvitationsHeader } from '../import/linkedin-invitations';
import { isMessagesHeader } from '../import/linkedin-messages';
import type { ImportFormat, RowError } from '../import/types';

const HEADERS: Partial<Record<ImportFormat, (cells: string[]) => boolean>> = {
  'linkedin-connections': isConnectionsHeader,
  'linkedin-invitations': isInvitationsHeader,
  'linkedin-messages': isMessagesHeader,
};

/**
 * The errors with `line` (1-based, as an editor numbers them) where the file is a CSV of a known format; vCards and
 * errors of the whole file (row 0) are left as they are. Splits the text as the parser did (same decoding,
 * separator and blank-line rule), stopping after the last row asked for. Pure.
 */
export function withFileLines<E extends RowError>(bytes: Uint8Array, format: ImportFormat | null, errors: readonly E[]): (E & { line?: number })[] {
  const isHeader = format ? HEADERS[format] : undefined;
  const last = Math.max(0, ...errors.map((e) => e.row));
  if (!isHeader || last === 0) return [...errors];
  const text = decodeText(asUtf8(bytes).bytes);
  const newline = lineBreakOf(text);
  const separator = csvSeparator(Papa.parse<string[]>(text, { preview: 12, skipEmptyLines: 'greedy', newline }).meta.delimiter);
  const lineBreak = newline === '\r' ? '\r' : '\n';
  const lineOf = new Map<number, number>(); // data row → line
  let header = -1;
  let kept = 0; // rows that are not blank, as the parser counts them
  let start = 0; // where the current row begins in the text
  let line = 1; // the line `start` is on
  Papa.parse<string[]>(text, {
    delimiter: separator,
    newline,
    skipEmptyLines: false,
    step: (result, parser) => {
      const cells = result.data;
      if (!isBlank(cells)) {
        if (header < 0 && isHeader(cells.map(norm))) header = kept;
        else if (header >= 0) lineOf.set(kept - header, line);
        kept++;
      }
      const end = result.meta.cursor;
      for (let i = text.indexOf(lineBreak, start); i >= 0 && i < end; i = text.indexOf(lineBreak, i + 1)) line++;
      start = end;
      if (header >= 0 && kept - header > last) parser.abort();
    },
  });
  return errors.map((e) => (lineOf.has(e.row) ? { ...e, line: lineOf.get(e.row) } : e));
}
