import { comparableWords } from '../text/normalize';
import { fnv1a, mix32 } from './hash';

/**
 * A note's local fingerprint: the set of its word shingles (hashed, sorted) and a MinHash signature of that set.
 * The set gives exact Jaccard similarity for verification; the signature feeds the LSH index. Pure.
 */
export interface Fingerprint {
  /** Number of comparable words (after normalisation). */
  words: number;
  /** Sorted, unique 32-bit hashes of the word bigrams (unigrams for one-word notes). */
  shingles: Uint32Array;
  /** MinHash signature, SIGNATURE_SIZE values. */
  signature: Uint32Array;
}

export const SIGNATURE_SIZE = 64;

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) seeds[i] = mix32(0x9e3779b9 + i * 0x632be5ab);
  return seeds;
})();

export function shingleHashes(wordList: readonly string[]): Uint32Array {
  const n = wordList.length;
  if (n === 0) return new Uint32Array(0);
  const wordHashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) wordHashes[i] = fnv1a(wordList[i]!);
  if (n === 1) return wordHashes;
  const sorted = new Uint32Array(n - 1);
  for (let i = 0; i + 1 < n; i++) sorted[i] = mix32(Math.imul(wordHashes[i]!, 0x2c1b3c6d) ^ wordHashes[i + 1]!);
  sorted.sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i]!;
  return sorted.slice(0, k);
}

/** One 32-bit hash of a whole shingle set: equal sets, equal keys (used to group identical texts). */
export function setKey(shingles: Uint32Array): number {
  let h = 0x811c9dc5 ^ shingles.length;
  for (let i = 0; i < shingles.length; i++) h = Math.imul(h ^ shingles[i]!, 0x01000193);
  return h >>> 0;
}

export function sameSet(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** MinHash: per seed, the minimum of a cheap multiply–xorshift permutation over the shingles. */
export function minHash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const h = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let v = Math.imul(h ^ SEEDS[i]!, 0x9e3779b1);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

export function fingerprintWords(wordList: readonly string[]): Fingerprint {
  const shingles = shingleHashes(wordList);
  return { words: wordList.length, shingles, signature: minHash(shingles) };
}

/** Fingerprint of a note; `names` (sender's and recipient's name parts) are removed first. */
export function fingerprint(text: string, names?: ReadonlySet<string>): Fingerprint {
  return fingerprintWords(comparableWords(text, names));
}

/** Exact Jaccard similarity of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** Jaccard estimated from two MinHash signatures (the share of equal positions). */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}
