import { termOf, wordsOf } from '../../../shared/search';
import { EMPTY, listHolds, pack, type List } from './postings';
import { DocTable, FIELD_COUNT } from './doc-table';
import { Vocabulary, type Expansion } from './vocabulary';

export { FIELD_COUNT } from './doc-table';
/** Between two fields in a document's word sequence, so a phrase never spans them. */
const FIELD_BREAK = -1;

/** The index with live documents numbered densely and dead postings dropped: what is saved. */
export interface CompactIndex {
  docs: string[];
  /** FIELD_COUNT lengths (in words) per document. */
  fieldLengths: Int32Array;
  terms: string[];
  /** Where each term's postings for each field start in `postings`; one more at the end. */
  offsets: Int32Array;
  postings: Int32Array;
  /** Every document's words as term numbers, in order; `tokenOffsets` says where each starts. */
  tokens: Int32Array;
  tokenOffsets: Int32Array;
}

type Loaded = Pick<CompactIndex, 'offsets' | 'postings' | 'tokens' | 'tokenOffsets'>;
const NOTHING_LOADED: Loaded = { offsets: new Int32Array(1), postings: EMPTY, tokens: EMPTY, tokenOffsets: new Int32Array(1) };

/**
 * The inverted index: for each word and field, the documents holding it with how often,
 * plus each document's words in order (term numbers), which answers "are these words side
 * by side?" without reading the text. All of it is plain integers, in typed arrays once
 * loaded from disk, so 10,000 articles fit in tens of megabytes and a saved index loads
 * without rebuilding a structure per word; the vocabulary (MiniSearch's radix tree) serves
 * prefix and fuzzy look-ups. A replaced or removed document is only marked dead: its
 * postings are skipped, and dropped when the index is saved or compacted.
 */
export class WordIndex {
  /** Postings written since load (or all of them, when built), by termId × FIELD_COUNT + field. */
  private readonly written: Array<number[] | undefined> = [];
  private readonly ownTokens: Array<Int32Array | undefined> = [];
  readonly docs = new DocTable();
  /** Words as written, to their term numbers (-1: not a term): folding each occurrence again would cost more. */
  private readonly spellings = new Map<string, number>();

  constructor(
    private readonly vocabulary = new Vocabulary(),
    private readonly loaded: Loaded = NOTHING_LOADED,
  ) {}

  /** Every word, by its term number. */
  terms(): readonly string[] {
    return this.vocabulary.all();
  }

  termId(term: string): number | undefined {
    return this.vocabulary.find(term);
  }

  /** Indexes the document (replacing any with its id); returns its number. */
  add(id: string, fields: readonly string[]): number {
    this.remove(id);
    const sequence: number[] = [];
    const counts: Array<Map<number, number>> = [];
    const lengths: number[] = [];
    for (let field = 0; field < FIELD_COUNT; field++) {
      if (field > 0) sequence.push(FIELD_BREAK);
      const inField = new Map<number, number>();
      let length = 0;
      for (const word of wordsOf(fields[field] ?? '')) {
        const termId = this.termIdOfWord(word);
        if (termId < 0) continue;
        inField.set(termId, (inField.get(termId) ?? 0) + 1);
        sequence.push(termId);
        length += 1;
      }
      counts.push(inField);
      lengths.push(length);
    }
    const doc = this.docs.add(id, lengths);
    counts.forEach((inField, field) => {
      for (const [termId, tf] of inField) this.append(termId * FIELD_COUNT + field, pack(doc, tf));
    });
    this.ownTokens[doc] = Int32Array.from(sequence);
    return doc;
  }

  remove(id: string): void {
    const doc = this.docs.remove(id);
    if (doc !== undefined) this.ownTokens[doc] = undefined;
  }

  postings(termId: number, field: number): List {
    const slot = termId * FIELD_COUNT + field;
    const own = this.written[slot];
    if (own) return own;
    const { offsets, postings } = this.loaded;
    return slot + 1 < offsets.length ? postings.subarray(offsets[slot], offsets[slot + 1]) : EMPTY;
  }

  /** The document's words as term numbers, fields apart. */
  tokensOf(doc: number): Int32Array {
    const own = this.ownTokens[doc];
    if (own) return own;
    const { tokenOffsets, tokens } = this.loaded;
    return doc + 1 < tokenOffsets.length ? tokens.subarray(tokenOffsets[doc], tokenOffsets[doc + 1]) : EMPTY;
  }

  /** In how many documents and fields the word occurs (dead documents included). */
  frequency(termId: number): number {
    let count = 0;
    for (let field = 0; field < FIELD_COUNT; field++) count += this.postings(termId, field).length;
    return count;
  }

  expand(term: string, options: { prefix: boolean; fuzzy: number }): Expansion[] {
    return this.vocabulary.expand(term, options);
  }

  /** Whether document `doc` holds the word, in any field. */
  holds(doc: number, termId: number): boolean {
    for (let field = 0; field < FIELD_COUNT; field++) if (listHolds(this.postings(termId, field), doc)) return true;
    return false;
  }

  /**
   * Whether document `doc` has these words side by side, in this order, within one field.
   * The search jumps between places holding word `anchor` of the phrase (best the rarest),
   * found by the typed array's own scan, and compares the neighbours there.
   */
  holdsPhrase(doc: number, termIds: readonly number[], anchor = 0): boolean {
    const tokens = this.tokensOf(doc);
    for (let at = tokens.indexOf(termIds[anchor]!, anchor); at >= 0; at = tokens.indexOf(termIds[anchor]!, at + 1)) {
      const start = at - anchor;
      if (start + termIds.length > tokens.length) return false;
      let j = 0;
      while (j < termIds.length && tokens[start + j] === termIds[j]) j++;
      if (j === termIds.length) return true;
    }
    return false;
  }

  /** An index over what `compactIndex` gave, used where it lies. */
  static fromCompact(parts: CompactIndex): WordIndex {
    const index = new WordIndex(new Vocabulary(parts.terms), parts);
    parts.docs.forEach((id, doc) => index.docs.add(id, parts.fieldLengths.subarray(doc * FIELD_COUNT, (doc + 1) * FIELD_COUNT)));
    return index;
  }

  private termIdOfWord(word: string): number {
    let termId = this.spellings.get(word);
    if (termId === undefined) {
      const term = termOf(word);
      termId = term ? this.vocabulary.idOf(term) : -1;
      this.spellings.set(word, termId);
    }
    return termId;
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
