import type { BlockEntry } from '../model/relationships';
import { csvRows } from './csv-rows';
import { blocklistError, type BlocklistError } from './problems';
import { checkRow, type RawRow } from './row';

export { CSV_HEADER, exportCsv, exportJson, type FileRow } from './export';

/**
 * A blocklist file read: every entry, and `repeated`, the rows that repeat an earlier row of the file exactly
 * (read once); or every refused row (or the file's one refusal), never a part.
 */
export type ParsedFile = { ok: true; entries: BlockEntry[]; repeated: number } | { ok: false; errors: BlocklistError[] };

/**
 * Reads a shared blocklist file: Handschlag's JSON export (a list of rows), or CSV with a header naming the
 * columns (utils/blocklist/csv-rows.ts), its text already decoded (utils/import/decode.ts). `now`, the import's
 * time, is the date of a row whose date is empty or absent (see checkRow); without it such a row is refused. Pure.
 */
export function parseBlocklistFile(text: string, now?: number): ParsedFile {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const read = /^[[{]/.test(trimmed) ? jsonRows(trimmed) : csvRows(trimmed);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const errors = [...read.errors];
  const entries: BlockEntry[] = [];
  const first = new Map<string, { row: number; entry: BlockEntry }>();
  let repeated = 0;
  for (const raw of read.rows) {
    const checked = 'error' in raw ? { error: raw.error } : checkRow(raw, now);
    if ('error' in checked) {
      errors.push(checked.error);
      continue;
    }
    const { entry } = checked;
    const earlier = first.get(entry.id);
    if (!earlier) {
      first.set(entry.id, { row: raw.row, entry });
      entries.push(entry);
    } else if (earlier.entry.reason === entry.reason && earlier.entry.at === entry.at) {
      // Two colleagues' lists pasted into one: the same person with the same reason and date is no fault.
      repeated++;
    } else {
      errors.push(blocklistError(raw.row, 'duplicate', [String(earlier.row)]));
    }
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  return { ok: true, entries, repeated };
}

type Rows = { ok: true; rows: (RawRow | { row: number; error: BlocklistError })[]; errors: BlocklistError[] } | { ok: false; error: BlocklistError };

/**
 * The rows of a JSON file (the export's fields: platform, key, name, reason, date; a field that is missing or null
 * reads as an empty cell); row 1 is the first item.
 */
function jsonRows(text: string): Rows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: blocklistError(undefined, 'json') };
  }
  if (!Array.isArray(data)) return { ok: false, error: blocklistError(undefined, 'not-list') };
  const rows = data.map((item: unknown, i) => {
    const row = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { row, error: blocklistError(row, 'entry') };
    const r = item as Record<string, unknown>;
    return { row, platform: cell(r.platform), key: cell(r.key), name: cell(r.name), reason: cell(r.reason), date: cell(r.date) };
  });
  return { ok: true, rows, errors: [] };
}

const cell = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
