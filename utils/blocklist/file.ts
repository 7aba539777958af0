import { BlockEntry, type BlockEntry as Entry } from '../model/relationships';
import { Platform } from '../model/base';

/**
 * The blocklist as a file a team can share: JSON (an array of rows) or CSV with the header
 * `platform,profile key,name,reason,date` (date as ISO 8601). Reading checks every row and gives either all
 * entries or every refused row with its reason, never a part. Pure.
 */
export interface FileRow {
  platform: string;
  key: string;
  name: string;
  reason: string;
  date: string;
}
export type ParsedFile = { ok: true; entries: Entry[] } | { ok: false; errors: { row: number; reason: string }[] };

const HEADER = ['platform', 'profile key', 'name', 'reason', 'date'];

export function exportJson(entries: readonly Entry[], names: ReadonlyMap<string, string> = new Map()): string {
  return JSON.stringify(entries.map((e) => toRow(e, names)), null, 2);
}

export function exportCsv(entries: readonly Entry[], names: ReadonlyMap<string, string> = new Map()): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);
  return [HEADER.join(','), ...entries.map((e) => Object.values(toRow(e, names)).map(cell).join(','))].join('\r\n') + '\r\n';
}

const toRow = (e: Entry, names: ReadonlyMap<string, string>): FileRow => ({ platform: e.platform, key: e.key, name: names.get(e.id) ?? '', reason: e.reason, date: new Date(e.at).toISOString() });

export function parseBlocklistFile(text: string): ParsedFile {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let rows: unknown[];
  try {
    rows = trimmed.startsWith('[') ? (JSON.parse(trimmed) as unknown[]) : csvRows(trimmed);
  } catch (error) {
    return { ok: false, errors: [{ row: 0, reason: error instanceof Error ? error.message : 'unreadable file' }] };
  }
  if (!Array.isArray(rows)) return { ok: false, errors: [{ row: 0, reason: 'expected a list of rows' }] };
  const entries: Entry[] = [];
  const errors: { row: number; reason: string }[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const r = (raw ?? {}) as Partial<Record<keyof FileRow, unknown>>;
    const platform = Platform.safeParse(r.platform);
    const at = typeof r.date === 'string' ? Date.parse(r.date) : NaN;
    const key = typeof r.key === 'string' ? r.key.trim() : '';
    if (!platform.success) return void errors.push({ row, reason: `platform must be xing or linkedin` });
    if (!key) return void errors.push({ row, reason: 'profile key is empty' });
    if (!Number.isFinite(at) || at < 0) return void errors.push({ row, reason: 'date is not an ISO date' });
    const entry = BlockEntry.safeParse({ v: 1, id: `${platform.data}:${key}`, platform: platform.data, key, reason: typeof r.reason === 'string' ? r.reason : '', at });
    if (!entry.success) return void errors.push({ row, reason: entry.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ') });
    if (seen.has(entry.data.id)) return void errors.push({ row, reason: 'the same person twice' });
    seen.add(entry.data.id);
    entries.push(entry.data);
  });
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}

/** CSV with quoted fields (quotes doubled, commas and line breaks inside quotes); the first line must be the header. */
function csvRows(text: string): FileRow[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += c;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  record.push(field);
  records.push(record);
  const [head, ...body] = records;
  if (!head || head.map((h) => h.trim().toLowerCase()).join(',') !== HEADER.join(',')) throw new Error(`the first line must be: ${HEADER.join(',')}`);
  return body.filter((r) => r.some((v) => v.trim())).map((r) => ({ platform: r[0] ?? '', key: r[1] ?? '', name: r[2] ?? '', reason: (r[3] ?? '').replace(/^'(?=[=+\-@])/, ''), date: r[4] ?? '' }));
}
