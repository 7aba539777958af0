// C0/C1 controls (keeping none: newlines are folded separately), the zero-width space and word joiners, and every
// bidi control: marks (U+061C ALM, U+200E LRM, U+200F RLM), embeddings and overrides, isolates. The zero-width
// joiner and non-joiner (U+200C, U+200D) are kept: they are part of the text (family and flag emoji, Persian words).
export const INVISIBLE_CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const CONTROL = new RegExp(`[${INVISIBLE_CONTROLS}]`, 'g');
// Not global: a global regex keeps lastIndex between test() calls, so a shared tester would skip matches.
const ANY_CONTROL = new RegExp(`[${INVISIBLE_CONTROLS}]`);

/** Whether `text` holds any of the invisible controls that cleanText removes. Pure. */
export const hasInvisibleControls = (text: string): boolean => ANY_CONTROL.test(text);

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
    const cut = cutAt(head, max);
    if (cut !== undefined) return capped(head, cut);
  }
  return cap(clean(raw), max);
}

// Text made only of characters below U+0300 (Latin letters, no combining marks) is NFC already.
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02FF]/;
// Whatever clean() would change: controls and invisible marks, white space other than single inner spaces.
const NEEDS_CLEANING = new RegExp(`[${INVISIBLE_CONTROLS}]|[^\\S ]| {2}|^ | $`);

/** Unicode NFC, skipping the normalizer for text it cannot change (its first use costs every new tab). Pure. */
export const toNfc = (text: string): string => (MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text);

function clean(raw: string): string {
  // Parsers clean thousands of short, already clean strings on a long list: those are returned as they are.
  const normal = toNfc(raw);
  if (!NEEDS_CLEANING.test(normal)) return normal;
  return normal.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

// Lengths are user-perceived characters (graphemes): a cut never splits an emoji, a flag, a letter from its
// combining marks, or a surrogate pair (a lone half shows as "�"). Made on first use: creating a segmenter loads
// ICU's break rules (≈ 30 ms), which every page read would pay at load although few strings need a cut.
let segmenter: Intl.Segmenter | undefined;
const ONE_UNIT_GRAPHEMES = /^[\u0000-\u000C\u000E-\u02FF]*$/;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/**
 * Where to cut `text` so that at most max - 1 graphemes and the ellipsis remain, or undefined when it fits. It
 * fits with at most `max` graphemes in at most 5/3 · max UTF-16 units: the stored shapes count units (ShortText
 * 500 for MAX_SHORT 300, LongText 20,000 for MAX_LONG 8,000), so 300 emoji of 11 units each are cut sooner.
 */
function cutAt(text: string, max: number): number | undefined {
  if (text.length <= max) return undefined; // never more graphemes than UTF-16 units
  // Most page text needs no segmenter: where the first max + 1 units are below U+0300 (and no CR, which joins a
  // following LF), each of them is one grapheme, so max - 1 of them and the ellipsis remain (as the loop finds).
  if (max >= 1 && ONE_UNIT_GRAPHEMES.test(text.slice(0, max + 1))) return max - 1;
  const units = Math.floor((max * 5) / 3);
  let count = 0;
  let cut = 0;
  for (const { index, segment } of graphemes().segment(text)) {
    const end = index + segment.length;
    if (++count > max || end > units) return cut;
    if (count < max && end < units) cut = end;
  }
  return undefined;
}

const capped = (text: string, cut: number): string => `${text.slice(0, cut).trimEnd()}…`;

/** `text` with at most `max` graphemes: longer text keeps max - 1 of them and ends in "…". Pure. */
export function cap(text: string, max: number): string {
  const cut = cutAt(text, max);
  return cut === undefined ? text : capped(text, cut);
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
  return cap(text, max);
}
