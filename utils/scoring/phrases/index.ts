import { foldWithMap, quote, type FoldedText } from '../text/fold-map';
import { DE } from './de';
import { EN } from './en';
import { PITCH_DE, PITCH_EN } from './pitch';
import { LEGAL_NAME_PATTERNS, PLACEHOLDER_PATTERNS, REFERRAL_PATTERNS } from './raw';
import type { PhraseCategory, PhraseList } from './types';

export type { CollectorPhrase, GenuinePhrase, PhraseCategory } from './types';

/** Categories found in a text, each with the verbatim words that matched (first match per pattern). */
export type PhraseHits = Map<PhraseCategory | 'placeholder' | 'legal-name', string[]>;

const LISTS: readonly PhraseList[] = [DE, EN, PITCH_DE, PITCH_EN];

function add(hits: PhraseHits, category: PhraseCategory | 'placeholder' | 'legal-name', evidence: string): void {
  const list = hits.get(category);
  if (!list) return void hits.set(category, [evidence]);
  const lower = evidence.toLowerCase();
  if (list.some((e) => e.toLowerCase().includes(lower))) return;
  const kept = list.filter((e) => !lower.includes(e.toLowerCase()));
  kept.push(evidence);
  hits.set(category, kept);
}

const LETTER = /[\p{L}\p{N}]/u;

/** Widens a match to whole words, so evidence reads "Synergien", not "Synergi". */
function wholeWords(folded: string, start: number, end: number): [number, number] {
  while (start > 0 && LETTER.test(folded[start - 1]!) && LETTER.test(folded[start]!)) start--;
  while (end < folded.length && LETTER.test(folded[end]!) && LETTER.test(folded[end - 1]!)) end++;
  return [start, end];
}

function matchFolded(hits: PhraseHits, text: FoldedText, only?: ReadonlySet<PhraseCategory>): void {
  for (const list of LISTS) {
    for (const [category, patterns] of Object.entries(list) as [PhraseCategory, readonly RegExp[]][]) {
      if (only && !only.has(category)) continue;
      for (const pattern of patterns) {
        const m = pattern.exec(text.folded);
        if (m) add(hits, category, quote(text, ...wholeWords(text.folded, m.index, m.index + m[0].length)));
      }
    }
  }
}

function matchRaw(hits: PhraseHits, raw: string): void {
  for (const pattern of PLACEHOLDER_PATTERNS) {
    const m = pattern.exec(raw);
    if (m) add(hits, 'placeholder', m[0].trim());
  }
  for (const pattern of LEGAL_NAME_PATTERNS) {
    const m = pattern.exec(raw);
    if (m) add(hits, 'legal-name', m[0].trim());
  }
  for (const pattern of REFERRAL_PATTERNS) {
    const m = pattern.exec(raw);
    if (m) add(hits, 'referral', m[0].trim());
  }
}

/** All phrase categories found in a note. Pure. */
export function findPhrases(raw: string): PhraseHits {
  const hits: PhraseHits = new Map();
  if (!raw.trim()) return hits;
  matchFolded(hits, foldWithMap(raw));
  matchRaw(hits, raw);
  return hits;
}

const PROFILE_CATEGORIES: ReadonlySet<PhraseCategory> = new Set(['open-networker']);

/** Open-networker markers in a name or headline ("Jane Doe (LION)", "Open Networker | 30K+"). */
export function findProfileMarkers(...fields: (string | undefined)[]): PhraseHits {
  const hits: PhraseHits = new Map();
  for (const field of fields) if (field) matchFolded(hits, foldWithMap(field), PROFILE_CATEGORIES);
  return hits;
}
