import { cleanText } from '../../text/clean';
import { parseCount } from '../dom';
import { PATTERNS } from './selectors';

/** Text as compared with UI words: cleaned, lower case, without a trailing colon. Pure. */
export function labelKey(raw: string | null | undefined): string {
  // German has no locale-specific case mapping, so the (much faster) default lower-casing is the same.
  return cleanText(raw).replace(/\s*:$/, '').toLowerCase();
}

// Word lists are constants: their keys are computed once per list, not once per element read.
const wordKeyCache = new WeakMap<readonly string[], string[]>();
const keysOf = (words: readonly string[]): string[] => {
  let keys = wordKeyCache.get(words);
  if (!keys) wordKeyCache.set(words, (keys = words.map(labelKey).filter((k) => k !== '')));
  return keys;
};
const longest = new WeakMap<readonly string[], number>();
const longestKey = (words: readonly string[]): number => {
  let n = longest.get(words);
  if (n === undefined) longest.set(words, (n = Math.max(0, ...keysOf(words).map((k) => k.length))));
  return n;
};

/** True when the text is exactly one of the words (case-insensitive, trailing colon ignored). Pure. */
export function isLabel(raw: string | null | undefined, words: readonly string[]): boolean {
  // A text far longer than every word cannot be one of them, whatever white space it carries.
  if (!raw || raw.trim().length > longestKey(words) * 3 + 20) return false;
  const key = labelKey(raw);
  return key !== '' && keysOf(words).includes(key);
}

/** True when the text starts with one of the words as whole words ("Melde Dich an, um …"). Pure. */
export function startsWithLabel(raw: string | null | undefined, words: readonly string[]): boolean {
  const key = labelKey(raw);
  return keysOf(words).some((w) => key === w || (key.startsWith(w) && /^[\s,:.!?…]/.test(key.slice(w.length))));
}

/** The rest after a leading label ("Mitglied seit 2008" → "2008"), or undefined when the label is absent. Pure. */
export function afterLabel(raw: string | null | undefined, words: readonly string[]): string | undefined {
  const text = cleanText(raw);
  const lower = text.toLowerCase();
  for (const word of words) {
    const w = word.toLowerCase();
    if (lower.startsWith(w) && /^[\s:]/.test(lower.slice(w.length))) {
      const rest = text.slice(w.length).replace(/^\s*:?\s*/, '');
      if (rest) return rest;
    }
  }
  return undefined;
}

/** "999+ Kontakte" / "187 contacts" (the whole text) → contact count; anything else → undefined. Pure. */
export function parseContactCount(raw: string | null | undefined): { count: number; atLeast: boolean } | undefined {
  const text = cleanText(raw);
  if (/^\d[\d.,\u202F\u00A0 ]*\+?$/.test(text)) return parseCount(text);
  return PATTERNS.contactCount.test(text) ? parseCount(text) : undefined;
}

/** "12 gemeinsame Kontakte", "1 shared contact", "You and Rahul have 3 contacts in common." → 12, 1, 3. Pure. */
export function parseMutualCount(raw: string | null | undefined): number | undefined {
  const m = PATTERNS.mutualCount.exec(cleanText(raw));
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/[.,]/g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

/** "Kontakt 2. Grades", "2nd degree contact", "Direkter Kontakt" → 2, 2, 1; anything else → undefined. Pure. */
export function parseDegree(raw: string | null | undefined): 1 | 2 | 3 | undefined {
  const text = cleanText(raw);
  if (PATTERNS.degreeOne.test(text)) return 1;
  for (const re of PATTERNS.degree) {
    const m = re.exec(text);
    if (m?.[1]) return Number(m[1]) as 1 | 2 | 3;
  }
  return undefined;
}

/** The company part of "Titel bei Firma" / "Title at Company" (after the last separator), or undefined. Pure. */
export function companyFromLine(raw: string | null | undefined): string | undefined {
  const text = cleanText(raw);
  const parts = text.split(PATTERNS.companySeparator);
  if (parts.length < 2) return undefined;
  const company = parts[parts.length - 1]?.trim();
  return company || undefined;
}

/** True for an anchored system line of a conversation ("Ihr seid jetzt Kontakte."). Pure. */
export function isSystemLine(raw: string | null | undefined): boolean {
  const text = cleanText(raw);
  return PATTERNS.systemLine.some((re) => re.test(text));
}

// Letters that Unicode decomposition does not strip, and the German transliterations of page names.
const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

// Combining marks that decomposed Latin letters carry (the Combining Diacritical Marks blocks). Tokens are
// a–z only, so other scripts' marks separate tokens anyway; an explicit range also spares every new tab
// compiling V8's whole \p{M} table.
const LATIN_MARKS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+/g;

/** Lower-case ASCII tokens of a name or page name, in two spellings (Jürgen → juergen and jurgen). Pure. */
export function nameTokens(raw: string): Set<string> {
  const out = new Set<string>();
  const lower = raw.normalize('NFC').toLowerCase();
  for (const expandUmlauts of [true, false]) {
    let text = expandUmlauts ? lower.replace(/[äöü]/g, (c) => GERMAN[c] ?? c) : lower;
    text = text.replace(/[ßøæœłđıþð]/g, (c) => FOLD[c] ?? c).normalize('NFD').replace(LATIN_MARKS, '');
    for (const token of text.split(/[^a-z]+/)) if (token.length >= 2) out.add(token);
  }
  return out;
}

/**
 * A loose check that a name shown next to a link belongs to the page name in the link: at least one name
 * token equals a page-name token. Used only to accept weak strategies (image alt, plain link text). Pure.
 */
export function nameFitsKey(name: string, key: string): boolean {
  const keyTokens = nameTokens(key.replace(/\d+$/, ''));
  for (const token of nameTokens(name)) if (keyTokens.has(token)) return true;
  return false;
}

/** A whole line that is only a mutual-contacts count ("2 gemeinsame Kontakte", "15 shared contacts"). Pure. */
export function parseMutualLine(raw: string | null | undefined): number | undefined {
  const text = cleanText(raw);
  return PATTERNS.mutualLine.test(text) ? parseMutualCount(text) : undefined;
}

/** The member's name inside an aria-label such as "Kontaktanfrage von Felix Gärtner annehmen". Pure. */
export function nameInLabel(raw: string | null | undefined, patterns: readonly RegExp[]): string | undefined {
  const text = cleanText(raw);
  for (const re of patterns) {
    const name = re.exec(text)?.groups?.name?.trim();
    if (name) return name;
  }
  return undefined;
}
