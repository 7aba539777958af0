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
  const text = raw.normalize('NFC').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

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
