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

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
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
    for (const c of out) {
      parts.push(c);
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

/** The original text behind folded[start, end). */
export function quote(text: FoldedText, start: number, end: number): string {
  if (end <= start || text.map.length === 0) return '';
  const from = text.map[start]!;
  const lastRaw = text.map[Math.min(end, text.map.length) - 1]!;
  const cp = text.raw.codePointAt(lastRaw) ?? 0;
  return text.raw.slice(from, lastRaw + (cp > 0xffff ? 2 : 1)).trim();
}
