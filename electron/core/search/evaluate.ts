import type { Expansion } from './vocabulary';
import { FIELD_COUNT, type WordIndex } from './word-index';
import { packedDoc, packedTf } from './postings';

/** A word of the query and how loosely it may match. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Edits allowed (0: none). */
  fuzzy: number;
}

/** A title or name match outranks the same word deep in an article. */
const BOOSTS = [3, 2, 1];
/** BM25+ as MiniSearch tunes it. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface Scored {
  id: string;
  doc: number;
  score: number;
}

export interface Evaluated {
  /** The best `limit` of the documents kept, best first. */
  top: Scored[];
  /** How many documents were kept. */
  total: number;
  /** What each query term reached in the vocabulary. */
  expansions: Expansion[][];
}

/**
 * The documents holding every query term (each in any field, as itself or one of its
 * expansions) that `keep` keeps, scored by BM25+ summed over terms and fields. Tallies live
 * in typed arrays indexed by document number. Terms are taken rarest first, and a later
 * term only scores documents that held every earlier one, so a word found in every article
 * costs a quick pass over its postings rather than a score for each.
 */
export function evaluate(index: WordIndex, query: readonly QueryTerm[], keep: (doc: number) => boolean, limit: number): Evaluated {
  const capacity = index.docs.capacity;
  const score = new Float64Array(capacity);
  /** How many of the terms taken so far each document holds. */
  const termsFound = new Uint16Array(capacity);
  const live = Math.max(1, index.docs.size);
  const expansions = query.map((q) => index.expand(q.term, q));
  const rarestFirst = [...expansions].sort((a, b) => postingCount(index, a) - postingCount(index, b));

  rarestFirst.forEach((reached, taken) => {
    for (const { termId, weight } of reached) {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const list = index.postings(termId, field);
        if (list.length === 0) continue;
        const idf = Math.log(1 + (live - list.length + 0.5) / (list.length + 0.5));
        const average = index.docs.averageLength(field);
        const factor = weight * BOOSTS[field]! * idf;
        for (let i = 0; i < list.length; i++) {
          const doc = packedDoc(list[i]!);
          const found = termsFound[doc]!;
          // Missing an earlier term (or dead, for the first): it cannot match.
          if (found < taken || (taken === 0 && found === 0 && index.docs.idOf(doc) === null)) continue;
          if (found === taken) termsFound[doc] = taken + 1;
          const tf = packedTf(list[i]!);
          const norm = K * (1 - B + (B * index.docs.fieldLength(doc, field)) / average);
          score[doc]! += factor * (D + (tf * (K + 1)) / (tf + norm));
        }
      }
    }
  });

  const { top, total } = best(capacity, (doc) => termsFound[doc] === query.length && keep(doc), score, limit);
  return { top: top.map((doc) => ({ id: index.docs.idOf(doc)!, doc, score: score[doc]! })), total, expansions };
}

function postingCount(index: WordIndex, reached: readonly Expansion[]): number {
  return reached.reduce((count, { termId }) => count + index.frequency(termId), 0);
}

/**
 * The `limit` best-scoring documents that pass, best first, and how many pass: passing
 * documents gather in a typed array and only the best are sorted, so a query that matches
 * every article allocates no object per match.
 */
function best(capacity: number, passes: (doc: number) => boolean, score: Float64Array, limit: number): { top: number[]; total: number } {
  const passing = new Int32Array(capacity);
  let total = 0;
  for (let doc = 0; doc < capacity; doc++) if (passes(doc)) passing[total++] = doc;
  const docs = passing.subarray(0, total);
  if (total <= limit) return { top: [...docs].sort((a, b) => score[b]! - score[a]!), total };
  // The limit-th best score, found by sorting a copy of the scores (numbers only, no objects).
  const scores = Float64Array.from(docs, (doc) => score[doc]!).sort();
  const threshold = scores[total - limit]!;
  const top: number[] = [];
  for (const doc of docs) if (score[doc]! >= threshold) top.push(doc);
  return { top: top.sort((a, b) => score[b]! - score[a]!).slice(0, limit), total };
}

/** The words of the vocabulary that document `doc` matched, for marking them in its snippet. */
export function matchedTerms(index: WordIndex, doc: number, expansions: readonly Expansion[][]): string[] {
  return expansions.flatMap((reached) => reached.filter((e) => index.holds(doc, e.termId)).map((e) => e.term));
}
