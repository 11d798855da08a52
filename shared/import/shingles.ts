import { z } from 'zod';

/** Words per shingle: long enough that two articles about the same talks rarely share one. */
const SHINGLE_WORDS = 5;
/** Hashes kept per signature (bottom-k sketch): about 1 KB as JSON, error about ±0.05. */
const SKETCH_SIZE = 128;
/** Fixed so signatures stored in a notebook stay comparable across runs and machines. */
const SEED = 0x9e3779b1;

/**
 * At or above this Jaccard estimate two texts are "the same article with small differences".
 * A changed sentence, another headline or a trimmed footer keep an article well above it;
 * different reports on the same talks share a few stock phrases and stay near zero.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/**
 * A small, deterministic summary of a text's 5-word shingles: the `mins.length` smallest
 * shingle hashes (a bottom-k MinHash sketch), sorted ascending. Computed once per text, it
 * makes every later comparison a merge of two short arrays.
 */
export const TextSignature = z.object({
  version: z.literal(1),
  /** Distinct shingles in the text, for telling short texts from long ones. */
  shingles: z.number().int().min(0),
  mins: z.array(z.number().int().min(0).max(0xffffffff)).max(SKETCH_SIZE),
});
export type TextSignature = z.infer<typeof TextSignature>;

export function textSignature(text: string): TextSignature {
  const words = wordHashes(text);
  if (words.length === 0) return { version: 1, shingles: 0, mins: [] };
  // A text shorter than one shingle is one shingle of all its words.
  const width = Math.min(SHINGLE_WORDS, words.length);
  const count = words.length - width + 1;
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = SEED;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ (words[i + j] as number), 0x01000193);
    hashes[i] = mix(h);
  }
  hashes.sort();
  const mins: number[] = [];
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] as number;
    if (i > 0 && h === hashes[i - 1]) continue;
    distinct += 1;
    if (mins.length < SKETCH_SIZE) mins.push(h);
  }
  return { version: 1, shingles: distinct, mins };
}

/**
 * Estimated Jaccard similarity of two texts' shingle sets, 0..1. The k smallest hashes of the
 * union are all in one sketch or the other, and one found in both sketches is in both texts,
 * so walking both sorted sketches once gives the estimate (exact for short texts).
 */
export function similarity(a: TextSignature, b: TextSignature): number {
  if (a.mins.length === 0 || b.mins.length === 0) return 0;
  const k = Math.max(a.mins.length, b.mins.length);
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  while (taken < k && (i < a.mins.length || j < b.mins.length)) {
    const x = i < a.mins.length ? (a.mins[i] as number) : Infinity;
    const y = j < b.mins.length ? (b.mins[j] as number) : Infinity;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
    taken += 1;
  }
  return shared / taken;
}

export interface SimilarSource {
  id: string;
  title: string;
  similarity: number;
}

/** Candidates at or above the threshold, most similar first (then by title, for a stable list). */
export function findSimilar(
  signature: TextSignature,
  candidates: ReadonlyArray<{ id: string; title: string; signature: TextSignature }>,
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): SimilarSource[] {
  const found: SimilarSource[] = [];
  for (const candidate of candidates) {
    const score = similarity(signature, candidate.signature);
    if (score >= threshold) found.push({ id: candidate.id, title: candidate.title, similarity: score });
  }
  return found.sort((x, y) => y.similarity - x.similarity || x.title.localeCompare(y.title) || x.id.localeCompare(y.id));
}

/**
 * One 32-bit FNV-1a hash per word, folded for case, accents and punctuation: "Talks", "talks"
 * and "talks," are the same word, and "Okonjó" matches "Okonjo" as retyped by another outlet.
 */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    let word = match[0];
    if (/[\u0080-\uffff]/.test(word)) word = word.normalize('NFKD').replace(/\p{M}/gu, '');
    if (word === '') continue;
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    hashes.push(h >>> 0);
  }
  return hashes;
}

/** MurmurHash3's finaliser: spreads the combined hash so the smallest values are a fair sample. */
function mix(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
