import { cleanText } from '../text/clean';

/**
 * The name to show: the file's first and last name joined and cleaned (controls and bidi marks out, white space
 * collapsed), otherwise as the person wrote it. Emoji, "(LION)", pronouns and credentials stay: they are what
 * the person put in their name, and the scorer reads them.
 */
export function displayName(...parts: string[]): string {
  // The parts trimmed and joined by one space, empty ones left out (a loop: it runs for every row of a large file).
  let joined = '';
  for (const part of parts) {
    const text = part.trim();
    if (text) joined = joined ? `${joined} ${text}` : text;
  }
  return cleanText(joined);
}

// Pronouns in brackets, "(LION)", and anything after the first comma ("Lars Seidel, MBA").
const PRONOUNS = /\((?:[a-z]{2,5}\/[a-z]{2,5}(?:\/[a-z]{2,5})?|lion)\)/gi;
const NOT_LETTER = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/**
 * A name folded for matching rows of one file, or of two exports, that give no profile URL: math-script letters
 * to plain ones (NFKC), accents, case, pronouns, credentials after a comma, emoji and punctuation dropped.
 * "𝓚𝓪𝓲 Müller-Thal", "kai muller thal (he/him)" and "Kai Müller-Thal, MBA" fold alike. Pure.
 */
export function nameKey(name: string): string {
  const beforeComma = name.split(',')[0] ?? name;
  return beforeComma
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(PRONOUNS, ' ')
    .toLowerCase()
    .replace(NOT_LETTER, ' ')
    .trim()
    .slice(0, 150);
}
