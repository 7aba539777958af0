/** A person's name split as address books want it (vCard N: family; given; additional; prefix; suffix). */
export interface NameParts {
  family: string;
  given: string;
  prefix: string;
  suffix: string;
}

// Titles written before a name, in German and English; any word ending in a dot before the name counts too ("Dipl.-Ing.").
const TITLES = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'herr', 'frau', 'mag', 'ing']);
const isTitle = (word: string) => TITLES.has(word.replace(/\.$/, '').toLowerCase()) || /^[\p{L}-]+\.(?:-[\p{L}]+\.)*$/u.test(word);
// Brackets ("(he/him)", "(LION)") and words without a letter (emoji, "|") say something about the name, not part of it.
const BRACKETS = /\([^)]*\)|\[[^\]]*\]/g;
const HAS_LETTER = /\p{L}/u;
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'ten', 'ter', 'zu', 'vom', 'zum', 'zur']);

/**
 * The parts of a display name: what follows the first comma is a suffix ("Jana Schmidt, MBA"), leading titles a
 * prefix ("Dr. Jana Schmidt"), bracketed notes and emoji are dropped, the last word is the family name and the rest
 * the given names. A name of one word is a family name. Pure.
 */
export function nameParts(displayName: string): NameParts {
  const comma = displayName.indexOf(',');
  const suffix = comma < 0 ? '' : displayName.slice(comma + 1).trim();
  const words = (comma < 0 ? displayName : displayName.slice(0, comma)).replace(BRACKETS, ' ').split(/\s+/).filter((w) => HAS_LETTER.test(w));
  let titles = 0;
  while (titles < words.length - 1 && isTitle(words[titles]!)) titles++;
  const rest = words.slice(titles);
  // "von", "van", "de" … written in lower case belong to the family name ("Jan de Boer", "Anna von Berg").
  let family = rest.length - 1;
  while (family > 1 && PARTICLES.has(rest[family - 1]!)) family--;
  return { family: rest.slice(family).join(' '), given: rest.slice(0, family).join(' '), prefix: words.slice(0, titles).join(' '), suffix };
}
