import type { Facts } from './facts';
import { shrinkFacts } from './facts';
import type { Book, Sentence, Variant } from './template-types';

/**
 * Turns a variant into text that fits a limit without cutting a word: first the whole text, then optional
 * sentences dropped from the end one by one, then long facts shortened at word boundaries. Pure.
 */

// German words that start a sentence but are not nouns: after the greeting's comma they are written lower case
// ("Guten Tag Katrin Weber,\nvielen Dank …"). Nouns, names and Sie/Ihnen/Ihr keep their capital.
const LOWER_AFTER_COMMA = new Set([
  'danke', 'vielen', 'herzlichen', 'schön', 'es', 'ich', 'wir', 'wie', 'was', 'wann', 'darf', 'deine', 'dein', 'du',
  'freut', 'unser', 'unter', 'auf', 'hätten', 'hast', 'hätte', 'ist', 'lass', 'melde', 'magst', 'würdest', 'kann',
  'gibt', 'spannend', 'zu', 'zuletzt', 'das', 'und', 'suchst', 'bist', 'wärst', 'wären', 'per',
]);

function lowerFirstWord(body: string): string {
  const match = /^(\p{L}+)/u.exec(body);
  if (!match || !LOWER_AFTER_COMMA.has(match[1]!.toLowerCase())) return body;
  return body[0]!.toLowerCase() + body.slice(1);
}

export interface Layout {
  /** Notes are short: single line breaks. Messages get paragraphs. */
  kind: 'note' | 'message';
}

export function render(book: Book, facts: Facts, sentences: readonly Sentence[], layout: Layout): string {
  const gap = layout.kind === 'note' ? '\n' : '\n\n';
  let body = sentences.map((s) => s.text).filter((t): t is string => !!t).join(' ');
  if (facts.lang === 'de') body = lowerFirstWord(body);
  const [signOff, name] = book.closing(facts);
  return `${book.greeting(facts)}${gap}${body}${gap}${signOff}\n${name}`;
}

/**
 * Fits one variant into `limit` (UTF-16 units, as the platforms count), or undefined when it cannot fit.
 * First pass: keep at least one optional sentence (they carry the facts specific to the person), shortening facts
 * before giving the last one up; second pass: any text that fits.
 */
export function fit(book: Book, facts: Facts, variant: Variant, limit: number, layout: Layout): string | undefined {
  for (const keepOne of [true, false]) {
    for (const factor of [1, 0.6, 0.35]) {
      const shrunk = factor === 1 ? facts : shrinkFacts(facts, factor);
      const sentences = variant(shrunk).filter((s) => !!s.text);
      const optionals = sentences.filter((s) => s.optional).length;
      const text = render(book, shrunk, sentences, layout);
      if (text.length <= limit) return text;
      // Drop optional sentences from the end: the earlier ones are the more specific.
      const kept = [...sentences];
      let left = optionals;
      for (let i = kept.length - 1; i >= 0; i -= 1) {
        if (!kept[i]!.optional || (keepOne && left === 1)) continue;
        kept.splice(i, 1);
        left -= 1;
        const shorter = render(book, shrunk, kept, layout);
        if (shorter.length <= limit) return shorter;
      }
    }
  }
  return undefined;
}
