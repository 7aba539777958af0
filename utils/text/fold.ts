/**
 * Lower-case, accent-free form: "Jörg Müller" matches "jorg muller" and "Jörg". Pure. Also an identity key (event
 * names, tags, cadences) and the base of the scorer's folding (fold-map.ts mirrors it character by character): a
 * change here merges what was distinct and shifts quotes, so search's wider folding is `foldForFind` below.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The version of the people search's folding (foldForFind, findText, findWords). A people index folded by another
 * version is kept between the worker's lives (people-index.ts) and must be rebuilt, not searched with new needles.
 */
export const FIND_FOLD_VERSION = 2;

// Letters without a decomposition, which NFKD leaves as they are: "Łukasz" is typed "lukasz", "Østergaard" "ostergaard".
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
  ı: 'i', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ŀ: 'l', Ŀ: 'l',
};
const UNDECOMPOSED_RE = /[łŁøØđĐðÐæÆœŒıþÞħĦŧŦŀĿ]/g;

/** foldForSearch, and letters with a stroke as the people search expects them (ł → l, ø → o, æ → ae). Pure. */
export function foldForFind(text: string): string {
  return foldForSearch(text.replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch));
}

// German umlauts as typed without them: "Müller" is also written "Mueller" (on a keyboard, in LinkedIn names).
const UMLAUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const transliterate = (text: string): string => text.replace(/[äöüÄÖÜ]/g, (ch) => UMLAUT[ch] ?? ch);
const UMLAUT_WORD = /[\p{L}\p{M}]*[äöüÄÖÜ][\p{L}\p{M}]*/gu;

/**
 * The text a search looks in: its folded form ("muller") and, after it, its words with an umlaut spelled out
 * ("mueller"), so both spellings of a query find it. Only those words are repeated: the index stays small. Pure.
 */
export function findText(text: string): string {
  const folded = foldForFind(text);
  const spelled = text.normalize('NFC').match(UMLAUT_WORD);
  return spelled ? `${folded} \u0002 ${foldForFind(transliterate(spelled.join(' ')))}` : folded;
}

/**
 * A query as the words to find, each with its spellings: "Müller jana" → [["muller", "mueller"], ["jana"]]. Every
 * word must be found somewhere (any order, any field); a word is found by any of its spellings. Pure.
 */
export function findWords(query: string): string[][] {
  return query
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...new Set([foldForFind(word), foldForFind(transliterate(word))])].filter(Boolean))
    .filter((spellings) => spellings.length > 0);
}

/** Whether a text made by findText holds every word of findWords. Pure. */
export const findsAll = (text: string, words: readonly (readonly string[])[]): boolean =>
  words.every((spellings) => spellings.some((s) => text.includes(s)));
