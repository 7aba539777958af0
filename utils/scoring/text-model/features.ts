import { fnv1a } from '../fingerprint/hash';
import { foldWithMap, type FoldedText } from '../text/fold-map';
import { CONCEPTS, structureFeatures } from './concepts';

/**
 * The text model's view of a note: hashed word unigrams and bigrams, character 3–6-grams inside words (they
 * catch German compounds, inflection and spelling variants), concepts of the bilingual lexicon and
 * language-independent structure. Each feature remembers where in the folded text it was first seen, so the
 * phrases that weighed most can be quoted. Pure and deterministic.
 */
export const HASH_BITS = 15;
export const DIM = 1 << HASH_BITS;

export interface TextFeature {
  index: number;
  value: number;
  /** Folded-text span the feature was read from; absent for whole-text features (length, links). */
  from?: number;
  to?: number;
}

export interface TextFeatures {
  text: FoldedText;
  features: TextFeature[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface Raw {
  key: string;
  from?: number;
  to?: number;
}

function ngramFeatures(folded: string): { words: Raw[]; grams: Raw[] } {
  const tokens: { w: string; from: number; to: number }[] = [];
  for (const m of folded.matchAll(WORD)) tokens.push({ w: m[0], from: m.index!, to: m.index! + m[0].length });
  const words: Raw[] = [];
  const grams: Raw[] = [];
  tokens.forEach((t, i) => {
    words.push({ key: `w:${t.w}`, from: t.from, to: t.to });
    const next = tokens[i + 1];
    if (next) words.push({ key: `b:${t.w} ${next.w}`, from: t.from, to: next.to });
    if (/^\d+$/.test(t.w)) return; // digits are read as structure, not as grams
    const padded = `<${t.w}>`;
    for (let n = 3; n <= 6; n++) {
      for (let s = 0; s + n <= padded.length; s++) grams.push({ key: `g:${padded.slice(s, s + n)}`, from: t.from, to: t.to });
    }
  });
  return { words, grams };
}

/** The concepts of the lexicon a note expresses, in either language (ids, in lexicon order). */
export function conceptsIn(raw: string): string[] {
  return conceptFeatures(foldWithMap(raw).folded).map((f) => f.key.slice(2));
}

function conceptFeatures(folded: string): Raw[] {
  const out: Raw[] = [];
  for (const concept of CONCEPTS) {
    for (const pattern of [...concept.de, ...concept.en]) {
      const m = pattern.exec(folded);
      if (!m) continue;
      out.push({ key: `c:${concept.id}`, from: m.index, to: m.index + m[0].length });
      break;
    }
  }
  const has = (id: string) => out.some((f) => f.key === `c:${id}`);
  // A first message that introduces the sender and then offers something: the cold pitch's skeleton.
  if (has('self-intro') && (has('offer') || has('we-help') || has('meeting-ask'))) out.push({ key: 'c:intro+offer' });
  return out;
}

/** Features weigh 1 each for concepts and structure; n-gram groups are scaled to unit length. */
function addGroup(into: Map<number, TextFeature>, raws: Raw[], value: number): void {
  for (const r of raws) {
    const index = fnv1a(r.key) & (DIM - 1);
    const known = into.get(index);
    if (known) continue; // binary: the first occurrence (and its span) counts
    into.set(index, { index, value, ...(r.from !== undefined ? { from: r.from, to: r.to! } : {}) });
  }
}

function unique(raws: Raw[]): Raw[] {
  const seen = new Set<string>();
  return raws.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}

export function textFeatures(raw: string): TextFeatures {
  const text = foldWithMap(raw);
  const map = new Map<number, TextFeature>();
  if (text.folded === '') return { text, features: [] };
  const concepts = conceptFeatures(text.folded);
  addGroup(map, concepts, 1);
  addGroup(map, structureFeatures(text.folded).map((s) => ({ key: `s:${s}` })), 1);
  const { words, grams } = ngramFeatures(text.folded);
  const w = unique(words);
  const g = unique(grams);
  addGroup(map, w, 1 / Math.sqrt(Math.max(1, w.length)));
  addGroup(map, g, 1 / Math.sqrt(Math.max(1, g.length)));
  return { text, features: [...map.values()].sort((a, b) => a.index - b.index) };
}

/**
 * Indices of the concept and structure features. They learn with a lighter penalty than the n-grams: they are
 * what carries from English training text to German notes.
 */
export function sharedIndices(): Set<number> {
  const keys = [...CONCEPTS.map((c) => `c:${c.id}`), 'c:intro+offer'];
  for (const s of ['link', 'figure', 'money', 'percent', 'exclaim', 'len:xs', 'len:s', 'len:m', 'len:l', 'len:xl', 'about:you', 'about:me', 'about:even']) keys.push(`s:${s}`);
  return new Set(keys.map((k) => fnv1a(k) & (DIM - 1)));
}
