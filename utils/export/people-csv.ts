import Papa from 'papaparse';
import type { Identity, Person } from '../model/people';
import { isoDay } from '../text/dates';

export interface PersonWithIdentities {
  person: Person;
  identities: Identity[];
}

// Papa Parse's own `escapeFormulae: true` pattern (/^[=+\-@\t\r].*$/) misses a cell whose formula is followed by
// a line break (`.` stops at the newline, `$` wants the end): a note "=HYPERLINK(…)\nmore" went out as a formula.
// A line feed first too: the spreadsheet drops it and runs what follows.
const FORMULA_START = /^[=+\-@\t\r\n]/;

const HEADER = ['Name', 'Headline', 'Company', 'Location', 'Tags', 'Notes', 'LinkedIn', 'XING', 'Added', 'Updated'];

/**
 * People as CSV for spreadsheets and CRM imports: one row each, UTF-8 with a byte-order mark (so that Excel reads
 * umlauts), CRLF. Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab, CR or LF) get a
 * leading apostrophe (Papa Parse's `escapeFormulae`, with a pattern that sees multi-line cells): a name or note from a web page must never execute. Pure.
 */
export function peopleCsv(list: readonly PersonWithIdentities[]): string {
  // The local day, as the dashboard shows it (a UTC day is the day before or after in the evening or at night); a
  // time no calendar has (a damaged backup's) leaves the cell empty rather than stop the export.
  const iso = (ms: number) => (Number.isFinite(new Date(ms).getTime()) ? isoDay(ms) : '');
  const url = (ids: Identity[], platform: Identity['platform']) => ids.find((i) => i.platform === platform)?.url ?? '';
  const rows = list.map(({ person: p, identities }) => [
    p.displayName, p.headline ?? '', p.company ?? '', p.location ?? '', p.tags.join(', '), p.notes,
    url(identities, 'linkedin'), url(identities, 'xing'), iso(p.createdAt), iso(p.updatedAt),
  ]);
  return `\uFEFF${Papa.unparse({ fields: HEADER, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false })}\r\n`;
}
