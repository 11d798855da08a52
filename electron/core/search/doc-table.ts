/** title, names, text: the fields of every document, weighted differently by the scorer. */
export const FIELD_COUNT = 3;

/**
 * The documents of the word index by number: their record ids and field lengths (for
 * scoring). A document replaced or removed keeps its number, marked dead, until the index
 * is compacted; numbers are never reused before that.
 */
export class DocTable {
  private readonly ids: Array<string | null> = [];
  private readonly numbers = new Map<string, number>();
  private readonly lengths: number[] = [];
  private readonly totals = new Array<number>(FIELD_COUNT).fill(0);
  private live = 0;

  /** Documents alive. */
  get size(): number {
    return this.live;
  }

  /** Highest document number + 1: the length of per-document arrays while scoring. */
  get capacity(): number {
    return this.ids.length;
  }

  /** True when more of the numbers belong to dead documents than to live ones. */
  get wasteful(): boolean {
    return this.ids.length > 1000 && this.ids.length > 2 * this.live;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  docOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** The record id of a live document; null for a dead one. */
  idOf(doc: number): string | null {
    return this.ids[doc] ?? null;
  }

  /** Numbers a new document with these field lengths (in words). */
  add(id: string, fieldLengths: ArrayLike<number>): number {
    const doc = this.ids.length;
    this.ids.push(id);
    this.numbers.set(id, doc);
    this.live += 1;
    for (let field = 0; field < FIELD_COUNT; field++) {
      this.lengths.push(fieldLengths[field]!);
      this.totals[field]! += fieldLengths[field]!;
    }
    return doc;
  }

  /** Marks the record's document dead; returns its number. */
  remove(id: string): number | undefined {
    const doc = this.numbers.get(id);
    if (doc === undefined) return undefined;
    this.numbers.delete(id);
    this.ids[doc] = null;
    this.live -= 1;
    for (let field = 0; field < FIELD_COUNT; field++) this.totals[field]! -= this.fieldLength(doc, field);
    return doc;
  }

  fieldLength(doc: number, field: number): number {
    return this.lengths[doc * FIELD_COUNT + field]!;
  }

  averageLength(field: number): number {
    return this.live === 0 ? 1 : Math.max(1, this.totals[field]! / this.live);
  }
}
