import { foldForSearch } from '../../text/fold';

/**
 * Text normalisation for comparing notes: case, accents, greetings, sign-offs, names, numbers and punctuation
 * are removed so that "Hallo Frau Weber, … Beste Grüße, Anna" and "Guten Tag Herr Schmidt, … VG Bernd" compare
 * on their body alone. Pure.
 */

/**
 * URLs and e-mail addresses. Linear time: an address is tried only where a word starts (`(?<!\S)`): tried at
 * every position of a long unbroken token, `\S+@` ran to its end each time (a 20,000-digit note took 1.4 s).
 */
export const E_MAIL_ADDRESSES = /(?<!\S)[^\s@]+@\S+\.\w+/gi;
export const LINKS_AND_ADDRESSES = new RegExp(`https?:\\/\\/\\S+|www\\.\\S+|${E_MAIL_ADDRESSES.source}`, 'gi');

/** Folded (lower-case, accent-free, ß → ss) text with URLs and e-mail addresses replaced by a space. */
export function foldNote(text: string): string {
  return foldForSearch(text.replace(LINKS_AND_ADDRESSES, ' ').replace(/[’‘`´]/g, "'"));
}

const SALUTATION =
  /^\s*(?:(?:hallo|hello|hi|hey|dear|liebe[rs]?|sehr geehrte[rs]?(?:\/r)?|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening)|moin|servus|greetings|gruss gott)\b(?:(?:mr|mrs|ms|dr|prof)\.|[^,!.:;\n–—-]){0,40}[,!.:;\n–—-]*)/;

// Sign-offs are cut from the last one that leaves at most a few words (a name) after it.
const SIGN_OFF =
  /(?:^|[\s,.!;:–—-])(?:(?:mit )?(?:freundlichen|besten|vielen|herzlichen|lieben|schonen|sonnigen|viele|beste|herzliche|liebe|freundliche|schone) gru(?:ss|sse|ssen)\b|gru(?:ss|sse)\b|mfg|vg|lg|beste grusse|(?:best|kind|warm|warmest)? ?regards|best wishes|best\b|cheers|warmly|herzlichst|thanks(?: and regards)?|thank you|danke und gruss|sincerely|yours)/g;

const SIGN_OFF_TAIL = 90;

const HONORIFICS = new Set(['frau', 'herr', 'herrn', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'mba', 'dipl', 'ing']);

/** Removes a leading salutation and a trailing sign-off. Input must be folded. */
export function stripFormulas(folded: string): string {
  let body = folded.replace(SALUTATION, ' ');
  let cut = -1;
  const from = Math.max(0, body.length - SIGN_OFF_TAIL); // sign-offs sit at the end: scan only the tail
  for (const m of body.slice(from).matchAll(SIGN_OFF)) {
    const at = from + (m.index ?? 0);
    const rest = body.slice(at + m[0].length);
    const restWords = rest.match(/\p{L}+/gu)?.length ?? 0;
    if (restWords <= 4 && at > 0) {
      cut = at;
      break;
    }
  }
  if (cut > 0) body = body.slice(0, cut);
  return body;
}

/** Words of a folded text (letters only: numbers and punctuation vanish). */
export function words(folded: string): string[] {
  return folded.match(/\p{L}+/gu) ?? [];
}

/** Lower-case name parts of people's names ("Dr. Anna-Lena Schmidt (LION)" → anna, lena, schmidt, lion). */
export function nameParts(...names: (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const w of words(foldForSearch(name.replace(/[_-]/g, ' ')))) if (w.length >= 2 && !HONORIFICS.has(w)) out.add(w);
  }
  return out;
}

const PRONOUNS = new Map<string, string>([
  ...['sie', 'ihnen', 'du', 'dir', 'dich', 'euch'].map((w): [string, string] => [w, 'du']),
  ...['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines'].map(
    (w): [string, string] => [w, 'dein'],
  ),
]);

const SUFFIXES = ['ungen', 'ung', 'ing', 'ern', 'en', 'em', 'er', 'es', 'st', 'ed', 'e', 'n', 's', 't'];

/** A deliberately light stemmer: one common German or English ending is cut from longer words. */
export function stem(word: string): string {
  const mapped = PRONOUNS.get(word);
  if (mapped) return mapped;
  if (word.length <= 4) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * The comparable word sequence of a note: folded, formulas stripped, honorifics and the given names removed,
 * lightly stemmed.
 */
export function comparableWords(text: string, names: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const w of words(stripFormulas(foldNote(text)))) {
    if (HONORIFICS.has(w) || names.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
