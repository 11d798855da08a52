import type { Expansion } from './vocabulary';
import { FIELD_COUNT, type WordIndex } from './word-index';
import { packedDoc, packedTf } from './postings';
import { Top } from './top';

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
 * expansions) that `keep` keeps, scored by BM25+ summed over terms and fields. Per-document
 * tallies live in typed arrays indexed by document number, so a word found in every article
 * costs one pass over its postings and nothing per document beyond that.
 */
export function evaluate(index: WordIndex, query: readonly QueryTerm[], keep: (doc: number) => boolean, limit: number): Evaluated {
  const capacity = index.capacity;
  const score = new Float64Array(capacity);
  const lastTerm = new Int32Array(capacity).fill(-1);
  const termsFound = new Uint16Array(capacity);
  const live = Math.max(1, index.size);
  const expansions = query.map((q) => index.expand(q.term, q));

  expansions.forEach((reached, termIndex) => {
    for (const { termId, weight } of reached) {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const list = index.postings(termId, field);
        if (list.length === 0) continue;
        const idf = Math.log(1 + (live - list.length + 0.5) / (list.length + 0.5));
        const average = index.averageLength(field);
        const factor = weight * BOOSTS[field]! * idf;
        for (let i = 0; i < list.length; i++) {
          const doc = packedDoc(list[i]!);
          if (index.idOf(doc) === null) continue;
          const tf = packedTf(list[i]!);
          const norm = K * (1 - B + (B * index.fieldLength(doc, field)) / average);
          score[doc]! += factor * (D + (tf * (K + 1)) / (tf + norm));
          if (lastTerm[doc] !== termIndex) {
            lastTerm[doc] = termIndex;
            termsFound[doc]! += 1;
          }
        }
      }
    }
  });

  const top = new Top<Scored>(limit, (a, b) => b.score - a.score);
  for (let doc = 0; doc < capacity; doc++) {
    if (termsFound[doc] !== query.length || !keep(doc)) continue;
    top.offer({ id: index.idOf(doc)!, doc, score: score[doc]! });
  }
  return { top: top.result(), total: top.total, expansions };
}

/** The words of the vocabulary that document `doc` matched, for marking them in its snippet. */
export function matchedTerms(index: WordIndex, doc: number, expansions: readonly Expansion[][]): string[] {
  return expansions.flatMap((reached) => reached.filter((e) => index.holds(doc, e.termId)).map((e) => e.term));
}
