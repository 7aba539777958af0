import { fingerprintWords, jaccard, type Fingerprint } from './fingerprint/fingerprint';
import { lshCandidates } from './fingerprint/lsh';
import { matchMe, type MeMatches } from './me-match';
import { findPhrases, findProfileMarkers, type PhraseHits } from './phrases';
import type { ScoringSettings } from './settings';
import { namesFor, noteOrder, senderKeyOf } from './state/state';
import type { ScoringState } from './state/types';
import { comparableWords } from './text/normalize';
import { membershipMonths } from './time';
import type { RequestInput } from './types';

/** An earlier note whose text is (nearly) the same as this one. */
export interface SimilarNote {
  idx: number;
  similarity: number;
  sameSender: boolean;
}

/** Everything the signals share about one request, computed once per scoring. */
export interface RequestAnalysis {
  senderKey: string;
  /** receivedAt, or the injected `now` when the request has no time. */
  at?: number;
  empty: boolean;
  phrases: PhraseHits;
  /** Markers found in the sender's name and headline. */
  profileMarkers: PhraseHits;
  /** Comparable words of the note (also the learning model's tokens). */
  words: string[];
  fp?: Fingerprint;
  similar: SimilarNote[];
  /** Whole months since the sender joined, when known. */
  months?: number;
  /** The page showed a capped contact count ("999+", "500+"). */
  capped: boolean;
  /** Things specific to the user (company, city, event, Wants) the note names. */
  me: MeMatches;
}

/** Notes under this many words need a higher similarity: short notes share phrases by chance. */
const SHORT_NOTE_WORDS = 12;
const SHORT_NOTE_SIMILARITY = 0.6;

export function isCapped(input: RequestInput): boolean {
  const s = input.sender;
  if (!s || s.contactCount === undefined) return !!s?.contactCountCapped;
  if (s.contactCountCapped) return true;
  return input.platform === 'xing' ? s.contactCount >= 999 : input.platform === 'linkedin' ? s.contactCount >= 500 : false;
}

function findSimilar(
  state: ScoringState,
  input: RequestInput,
  senderKey: string,
  fp: Fingerprint,
  settings: ScoringSettings,
): SimilarNote[] {
  if (fp.words < settings.minWordsToCompare) return [];
  const out: SimilarNote[] = [];
  for (const g of lshCandidates(state.lsh, fp.signature, state.groups.length)) {
    const group = state.groups[g]!;
    if (group.words < settings.minWordsToCompare) continue;
    const similarity = jaccard(fp.shingles, group.shingles);
    const short = Math.min(fp.words, group.words) < SHORT_NOTE_WORDS;
    if (similarity < (short ? Math.max(SHORT_NOTE_SIMILARITY, settings.similarFrom) : settings.similarFrom)) continue;
    for (const idx of group.members) {
      const note = state.notes[idx]!;
      if (note.requestId !== input.id) out.push({ idx, similarity, sameSender: note.senderKey === senderKey });
    }
  }
  return out.sort((a, b) => noteOrder(state, a.idx, b.idx));
}

export function analyseRequest(
  input: RequestInput,
  state: ScoringState,
  settings: ScoringSettings,
  now?: number,
): RequestAnalysis {
  const senderKey = senderKeyOf(input);
  const text = input.text ?? '';
  const empty = text.trim() === '';
  const at = input.receivedAt ?? now;
  const words = empty ? [] : comparableWords(text, namesFor(state, input.sender?.name, senderKey));
  const fp = words.length > 0 ? fingerprintWords(words) : undefined;
  const months = membershipMonths(input.sender?.memberSince, at);
  return {
    senderKey,
    ...(at !== undefined ? { at } : {}),
    empty,
    phrases: findPhrases(text),
    profileMarkers: findProfileMarkers(input.sender?.name, input.sender?.headline),
    words,
    ...(fp ? { fp } : {}),
    similar: fp ? findSimilar(state, input, senderKey, fp, settings) : [],
    ...(months !== undefined ? { months } : {}),
    capped: isCapped(input),
    me: matchMe(text, state.me),
  };
}
