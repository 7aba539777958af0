// C0/C1 controls (keeping none: newlines are folded separately), zero-width and bidi embedding/override/isolate marks.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export const MAX_SHORT = 300;
export const MAX_LONG = 8000;

/**
 * Page text as safe, comparable text: Unicode NFC, control and bidi-override characters removed,
 * white space collapsed, length capped. Pure.
 */
export function cleanText(raw: string | null | undefined, max = MAX_SHORT): string {
  if (!raw) return '';
  // Parsers clean the text of large containers often; when a prefix already gives `max` characters,
  // the rest cannot change the result (every step is local), so it is not read.
  if (raw.length > max * 4) {
    const head = clean(raw.slice(0, max * 4));
    if (head.length > max) return cap(head, max);
  }
  return cap(clean(raw), max);
}

// Text made only of characters below U+0300 (Latin letters, no combining marks) is NFC already.
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02FF]/;
// Whatever clean() would change: controls and invisible marks, white space other than single inner spaces.
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[^\S ]| {2}|^ | $/;

/** Unicode NFC, skipping the normalizer for text it cannot change (its first use costs every new tab). Pure. */
export const toNfc = (text: string): string => (MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text);

function clean(raw: string): string {
  // Parsers clean thousands of short, already clean strings on a long list: those are returned as they are.
  const normal = toNfc(raw);
  if (!NEEDS_CLEANING.test(normal)) return normal;
  return normal.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

const cap = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Like cleanText but keeps paragraph breaks (notes and messages). Pure. */
export function cleanMultiline(raw: string | null | undefined, max = MAX_LONG): string {
  if (!raw) return '';
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(CONTROL, '').replace(/[ \t\f\v\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
