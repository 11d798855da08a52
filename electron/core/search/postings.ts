/**
 * One posting is one integer: the document number times 256 plus how often the word occurs
 * in that field (up to 255; more counts the same). Integers pack into typed arrays on disk
 * and stay small in memory, where a posting object would cost ten times as much.
 */
export type List = ArrayLike<number> & Iterable<number>;

export const EMPTY = new Int32Array(0);

const TF_LIMIT = 255;

// Document numbers stay below 2^23, so every posting is a positive 32-bit integer.
export function pack(doc: number, tf: number): number {
  return (doc << 8) | Math.min(tf, TF_LIMIT);
}

export function packedDoc(value: number): number {
  return value >>> 8;
}

export function packedTf(value: number): number {
  return value & 255;
}

/** Whether `list` (in document order, as every list is) holds document `doc`. */
export function listHolds(list: List, doc: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = packedDoc(list[middle]!);
    if (at === doc) return true;
    if (at < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
