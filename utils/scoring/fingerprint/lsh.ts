import { SIGNATURE_SIZE } from './fingerprint';
import { mix32 } from './hash';

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of ROWS values; two notes
 * become candidates when any band is equal. With 32 bands of 2 rows, a pair with Jaccard 0.4 is found with
 * probability 1 − (1 − 0.4²)³² ≈ 0.996, while unrelated notes rarely collide. Lookup cost depends on bucket
 * sizes, not on the number of stored notes.
 */
export const ROWS = 2;
export const BANDS = SIGNATURE_SIZE / ROWS;

/**
 * One Map per band: band key → the id (text group) in that bucket, or the ids when several share it. Most
 * buckets hold one note, so a bare number (no array per bucket) keeps 30,000 notes × 32 bands small.
 * Structured-cloneable.
 */
export type LshIndex = Map<number, number | number[]>[];

export function createLsh(): LshIndex {
  return Array.from({ length: BANDS }, () => new Map<number, number | number[]>());
}

function bandKey(signature: Uint32Array, band: number): number {
  let h = mix32(band + 1);
  for (let r = 0; r < ROWS; r++) h = mix32(h ^ signature[band * ROWS + r]!);
  return h;
}

export function lshAdd(index: LshIndex, signature: Uint32Array, id: number): void {
  for (let b = 0; b < BANDS; b++) {
    const key = bandKey(signature, b);
    const bucket = index[b]!.get(key);
    if (bucket === undefined) index[b]!.set(key, id);
    else if (typeof bucket === 'number') index[b]!.set(key, [bucket, id]);
    else bucket.push(id);
  }
}

// Reused between lookups to de-duplicate candidates without allocating a Set per query.
let stamps = new Uint32Array(1024);
let stamp = 0;

/** Indexes of all notes sharing at least one band with the signature (unique, in bucket order). */
export function lshCandidates(index: LshIndex, signature: Uint32Array, size: number): number[] {
  if (stamps.length < size) stamps = new Uint32Array(Math.max(size, stamps.length * 2));
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    const bucket = index[b]!.get(bandKey(signature, b));
    if (bucket === undefined) continue;
    if (typeof bucket === 'number') {
      if (stamps[bucket] !== stamp) {
        stamps[bucket] = stamp;
        out.push(bucket);
      }
      continue;
    }
    for (let i = 0; i < bucket.length; i++) {
      const id = bucket[i]!;
      if (stamps[id] !== stamp) {
        stamps[id] = stamp;
        out.push(id);
      }
    }
  }
  return out;
}
