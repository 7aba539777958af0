/**
 * Folds text like foldForSearch (lower case, accents removed, ß → ss, white space collapsed, typographic
 * apostrophes made plain) and remembers where each folded character came from, so a phrase found in the
 * folded text can be quoted verbatim from the original. Pure.
 */
export interface FoldedText {
  raw: string;
  folded: string;
  /** folded index → raw index */
  map: number[];
}

const MARKS = /\p{M}+/gu;
const MARK = /^\p{M}$/u;
/** Code points that belong to the character before them: combining marks, ZWJ, variation selectors. */
const JOINED = /^[\p{M}\u200d\ufe0e\ufe0f]$/u;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (MARK.test(ch)) return ''; // a combining mark after its letter ("e" + U+0301) folds away like "é" does
  if (ch === 'ß' || ch === 'ẞ') return 'ss';
  if (ch === '’' || ch === '‘' || ch === '´') return "'";
  const out = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return out === '' ? ch.toLowerCase() : out;
}

export function foldWithMap(raw: string): FoldedText {
  const parts: string[] = [];
  const map: number[] = [];
  let lastSpace = true;
  let i = 0;
  for (const ch of raw) {
    const at = i;
    i += ch.length;
    if (/\s/.test(ch)) {
      if (!lastSpace) {
        parts.push(' ');
        map.push(at);
        lastSpace = true;
      }
      continue;
    }
    const out = ch === '`' ? "'" : foldChar(ch);
    if (out === '') continue;
    // One map entry per UTF-16 unit of the output: folded indices (what RegExp reports) are UTF-16 units, so an
    // emoji (two units) must take two entries or every quote after it slips by one.
    for (let k = 0; k < out.length; k++) {
      parts.push(out[k]!);
      map.push(at);
    }
    lastSpace = false;
  }
  if (parts[parts.length - 1] === ' ') {
    parts.pop();
    map.pop();
  }
  return { raw, folded: parts.join(''), map };
}

/**
 * The original text behind folded[start, end), as the user sees it: whole code points, with the combining
 * marks, ZWJ and variation selectors that belong to the last character.
 */
export function quote(text: FoldedText, start: number, end: number): string {
  if (end <= start || text.map.length === 0) return '';
  const from = text.map[start]!;
  const lastRaw = text.map[Math.min(end, text.map.length) - 1]!;
  let to = lastRaw + (text.raw.codePointAt(lastRaw)! > 0xffff ? 2 : 1);
  for (let next = text.raw.codePointAt(to); next !== undefined && JOINED.test(String.fromCodePoint(next)); next = text.raw.codePointAt(to)) {
    to += next > 0xffff ? 2 : 1;
  }
  return text.raw.slice(from, to).trim();
}
