import { cleanText } from '../text/clean';

/**
 * Facts from pages and settings made safe to put into a message: controls and bidi overrides removed (cleanText),
 * tags, braces and mail-merge tokens removed (a name like "<b>Eva</b>", "{firstName}" or "%COMPANYNAME%" must
 * neither render nor look like an unfilled template), and a length cap counted in graphemes that cuts only between words. Pure.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** At most `max` graphemes; when cut, cut at the last space and end with "…" (a single giant word is cut). */
export function capWords(text: string, max: number): string {
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  const head = parts.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  const kept = space > max / 3 ? head.slice(0, space) : head;
  // "Lieferanten…", not "Lieferanten für…": a cut phrase must not end on a word that points past the cut.
  const trimmed = kept.join('').replace(/[\s,;:.\-–]+$/u, '');
  const withoutTail = trimmed.replace(DANGLING, '');
  return `${withoutTail || trimmed}…`;
}

const DANGLING = /(?:\s+(?:für|zu|zur|zum|und|oder|mit|von|der|die|das|den|dem|des|im|in|an|auf|bei|aus|for|and|or|of|the|to|in|on|at|with|a|an)[\s,;:.\-–]*)+$/iu;

// The raw text is read only up to this many characters: every fact is far shorter than this after capping.
const READ_AT_MOST = 2000;

export function safeFact(raw: string | undefined, max: number): string | undefined {
  if (!raw) return undefined;
  const cleaned = cleanText(raw.slice(0, READ_AT_MOST), READ_AT_MOST)
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\{\{[^{}]*\}\}|%[A-Z_]{3,}%|\[[A-Z_ ]{3,}\]/g, ' ')
    .replace(/[<>{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? capWords(cleaned, max) : undefined;
}

/** Only https/http links, without credentials, as typed (the user's own pages from settings). */
export function safeLink(raw: string): string | undefined {
  const text = cleanText(raw.slice(0, 400), 400).trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || text.length > 200 || /[\s<>{}"]/.test(text)) return undefined;
  return text;
}
