import { Platform, PROFILE_KEY_MAX } from '../model/base';
import { BlockEntry } from '../model/relationships';
import { profileKeyOf } from '../import/people-builder';
import { toNfc } from '../text/clean';
import { readBlockDate } from './date';
import { blocklistError, type BlocklistError } from './problems';

/** One row of a blocklist file as its cells read (`row`: see BlocklistError). */
export interface RawRow {
  row: number;
  platform: string;
  key: string;
  name: string;
  reason: string;
  date: string;
}

const TEXT_MAX = 500; // ShortText
// A cell that is an address rather than a key: the key is read from it as a visited profile's would be.
const ADDRESS = /^(?:https?:\/\/|www\.)|(?:^|\.)(?:xing|linkedin)\.com\//i;
// No site's key holds these; a cell with them matches nobody (a name typed into the key column, half an address).
const NOT_IN_A_KEY = /[/:?#\s]/;

/**
 * A row as the blocklist entry it names, or why it names none. An empty date cell is the import's time `now` (when
 * this user's list got the entry); without `now` it is refused as a missing date. A date that cannot be read is
 * always refused, naming the cell: a misread date would be worse than none. Pure.
 */
export function checkRow(r: RawRow, now?: number): { entry: BlockEntry } | { error: BlocklistError } {
  // The sites and Handschlag's own UI write "XING" and "LinkedIn".
  const platform = Platform.safeParse(r.platform.trim().toLowerCase());
  if (!platform.success) return { error: blocklistError(r.row, 'platform', [r.platform.trim()]) };
  const key = keyOf(r.row, platform.data, r.key);
  if (typeof key !== 'string') return key;
  const at = r.date.trim() === '' && now !== undefined ? now : readBlockDate(r.date);
  if (at === null) return { error: blocklistError(r.row, 'date', [r.date.trim()]) };
  const name = r.name.trim();
  if (name.length > TEXT_MAX) return { error: blocklistError(r.row, 'name-long', [String(TEXT_MAX)]) };
  if (r.reason.length > TEXT_MAX) return { error: blocklistError(r.row, 'reason-long', [String(TEXT_MAX)]) };
  // An entry without a name has no name field, as entries written before the field had none.
  const entry = BlockEntry.safeParse({ v: 1, id: `${platform.data}:${key}`, platform: platform.data, key, ...(name ? { name } : {}), reason: r.reason, at });
  return entry.success ? { entry: entry.data } : { error: blocklistError(r.row, 'entry') };
}

/** The profile key a key cell names: the cell itself, or the key of a profile address of the row's site. */
function keyOf(row: number, platform: Platform, cell: string): string | { error: BlocklistError } {
  const text = toNfc(cell.trim());
  if (!text) return { error: blocklistError(row, 'key-empty') };
  if (ADDRESS.test(text)) {
    // "www.xing.com/profile/…" or "linkedin.com/in/…" as typed, read as the https address the site shows.
    const href = /^https?:\/\//i.test(text) ? text : `https://www.${text.replace(/^www\./i, '')}`;
    const key = profileKeyOf(platform, href);
    return key ?? { error: blocklistError(row, 'key-url', [platform === 'xing' ? 'XING' : 'LinkedIn', text]) };
  }
  if (NOT_IN_A_KEY.test(text)) return { error: blocklistError(row, 'key-invalid', [text]) };
  if (text.length > PROFILE_KEY_MAX) return { error: blocklistError(row, 'key-long', [String(PROFILE_KEY_MAX)]) };
  return text;
}
