import { termOf, wordsOf } from '../../../shared/search';
import { EMPTY, listHolds, pack, packedDoc, packedTf, type List } from './postings';
import { Vocabulary, type Expansion } from './vocabulary';

/** title, names, text: the fields of every document, weighted differently by the scorer. */
export const FIELD_COUNT = 3;

/** The index with live documents numbered densely and dead postings dropped: what is saved. */
export interface CompactIndex {
  docs: string[];
  /** FIELD_COUNT lengths (in words) per document. */
  fieldLengths: number[];
  terms: string[];
  /** Where each term's postings for each field start in `postings`; one more at the end. */
  offsets: Int32Array;
  postings: Int32Array;
}

/**
 * The inverted index: for each word and field, the documents holding it with how often.
 * Postings are plain integers in arrays (typed arrays once loaded from disk), so a notebook
 * of 10,000 articles fits in tens of megabytes and its saved index loads without rebuilding
 * a structure per word; the vocabulary (MiniSearch's radix tree) serves prefix and fuzzy
 * look-ups. A replaced or removed document is only marked dead: its postings are
 * skipped, and dropped when the index is saved or compacted.
 */
export class WordIndex {
  private readonly vocabulary: Vocabulary;
  /** Postings written since load (or all of them, when built), by termId × FIELD_COUNT + field. */
  private readonly written: Array<number[] | undefined> = [];
  private readonly docIds: Array<string | null> = [];
  private readonly docNumbers = new Map<string, number>();
  private readonly fieldLengths: number[] = [];
  private readonly totalLengths = new Array<number>(FIELD_COUNT).fill(0);
  private liveCount = 0;

  /** Postings as loaded from disk: one array, sliced by `offsets`. */
  constructor(
    vocabulary = new Vocabulary(),
    private readonly loaded: Int32Array = EMPTY,
    private readonly offsets: Int32Array = new Int32Array(1),
  ) {
    this.vocabulary = vocabulary;
  }

  /** Documents in the index (not counting dead ones). */
  get size(): number {
    return this.liveCount;
  }

  /** Highest document number + 1: the length of per-document arrays while scoring. */
  get capacity(): number {
    return this.docIds.length;
  }

  /** True when more of the numbers belong to dead documents than to live ones. */
  get wasteful(): boolean {
    return this.docIds.length > 1000 && this.docIds.length > 2 * this.liveCount;
  }

  has(id: string): boolean {
    return this.docNumbers.has(id);
  }

  idOf(doc: number): string | null {
    return this.docIds[doc] ?? null;
  }

  add(id: string, fields: readonly string[]): void {
    this.remove(id);
    const doc = this.docIds.length;
    this.docIds.push(id);
    this.docNumbers.set(id, doc);
    this.liveCount += 1;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const counts = new Map<string, number>();
      let length = 0;
      for (const word of wordsOf(fields[field] ?? '')) {
        const term = termOf(word);
        if (!term) continue;
        counts.set(term, (counts.get(term) ?? 0) + 1);
        length += 1;
      }
      this.fieldLengths.push(length);
      this.totalLengths[field]! += length;
      for (const [term, tf] of counts) this.append(this.vocabulary.idOf(term) * FIELD_COUNT + field, pack(doc, tf));
    }
  }

  remove(id: string): void {
    const doc = this.docNumbers.get(id);
    if (doc === undefined) return;
    this.docNumbers.delete(id);
    this.docIds[doc] = null;
    this.liveCount -= 1;
    for (let field = 0; field < FIELD_COUNT; field++) this.totalLengths[field]! -= this.fieldLengths[doc * FIELD_COUNT + field]!;
  }

  postings(termId: number, field: number): List {
    const slot = termId * FIELD_COUNT + field;
    const own = this.written[slot];
    if (own) return own;
    return slot + 1 < this.offsets.length ? this.loaded.subarray(this.offsets[slot], this.offsets[slot + 1]) : EMPTY;
  }

  fieldLength(doc: number, field: number): number {
    return this.fieldLengths[doc * FIELD_COUNT + field]!;
  }

  averageLength(field: number): number {
    return this.liveCount === 0 ? 1 : Math.max(1, this.totalLengths[field]! / this.liveCount);
  }

  expand(term: string, options: { prefix: boolean; fuzzy: number }): Expansion[] {
    return this.vocabulary.expand(term, options);
  }

  /** Whether document `doc` holds the word, in any field. */
  holds(doc: number, termId: number): boolean {
    for (let field = 0; field < FIELD_COUNT; field++) if (listHolds(this.postings(termId, field), doc)) return true;
    return false;
  }

  /** Everything needed to save the index, live documents renumbered densely, dead postings dropped. */
  compact(): CompactIndex {
    const renumber = new Int32Array(this.docIds.length).fill(-1);
    const docs: string[] = [];
    const fieldLengths: number[] = [];
    this.docIds.forEach((id, doc) => {
      if (id === null) return;
      renumber[doc] = docs.length;
      docs.push(id);
      for (let field = 0; field < FIELD_COUNT; field++) fieldLengths.push(this.fieldLength(doc, field));
    });
    const terms: string[] = [];
    const offsets: number[] = [0];
    const postings: number[] = [];
    this.vocabulary.all().forEach((term, termId) => {
      const start = postings.length;
      const ends: number[] = [];
      for (let field = 0; field < FIELD_COUNT; field++) {
        for (const value of this.postings(termId, field)) {
          const doc = renumber[packedDoc(value)]!;
          if (doc >= 0) postings.push(pack(doc, packedTf(value)));
        }
        ends.push(postings.length);
      }
      if (postings.length === start) return; // only dead documents held it
      terms.push(term);
      offsets.push(...ends);
    });
    return { docs, fieldLengths, terms, offsets: Int32Array.from(offsets), postings: Int32Array.from(postings) };
  }

  /** An index over what `compact` gave, its postings used where they lie. */
  static fromCompact(parts: CompactIndex): WordIndex {
    const index = new WordIndex(new Vocabulary(parts.terms), parts.postings, parts.offsets);
    parts.docs.forEach((id, doc) => {
      index.docIds.push(id);
      index.docNumbers.set(id, doc);
    });
    parts.fieldLengths.forEach((length, i) => {
      index.fieldLengths.push(length);
      index.totalLengths[i % FIELD_COUNT]! += length;
    });
    index.liveCount = parts.docs.length;
    return index;
  }

  private append(slot: number, value: number): void {
    let own = this.written[slot];
    if (!own) {
      own = Array.from(this.postings(Math.floor(slot / FIELD_COUNT), slot % FIELD_COUNT));
      this.written[slot] = own;
    }
    own.push(value);
  }
}
