import { pack, packedDoc, packedTf } from './postings';
import { FIELD_COUNT, type CompactIndex, type WordIndex } from './word-index';

/**
 * The index as it is saved: live documents numbered from 0 in order, words no live
 * document holds dropped and the rest renumbered, dead postings left out. Postings stay in
 * document order, which lookups by binary search rely on.
 */
export function compactIndex(index: WordIndex): CompactIndex {
  const newDoc = new Int32Array(index.docs.capacity).fill(-1);
  const docs: string[] = [];
  const oldDocs: number[] = [];
  const fieldLengths: number[] = [];
  for (let doc = 0; doc < index.docs.capacity; doc++) {
    const id = index.docs.idOf(doc);
    if (id === null) continue;
    newDoc[doc] = docs.length;
    docs.push(id);
    oldDocs.push(doc);
    for (let field = 0; field < FIELD_COUNT; field++) fieldLengths.push(index.docs.fieldLength(doc, field));
  }

  const newTerm = new Int32Array(index.terms().length).fill(-1);
  const terms: string[] = [];
  const offsets: number[] = [0];
  const postings: number[] = [];
  index.terms().forEach((term, termId) => {
    const start = postings.length;
    const ends: number[] = [];
    for (let field = 0; field < FIELD_COUNT; field++) {
      for (const value of index.postings(termId, field)) {
        const doc = newDoc[packedDoc(value)]!;
        if (doc >= 0) postings.push(pack(doc, packedTf(value)));
      }
      ends.push(postings.length);
    }
    if (postings.length === start) return; // only dead documents held it
    newTerm[termId] = terms.length;
    terms.push(term);
    offsets.push(...ends);
  });

  const tokenOffsets = new Int32Array(docs.length + 1);
  oldDocs.forEach((doc, i) => (tokenOffsets[i + 1] = tokenOffsets[i]! + index.tokensOf(doc).length));
  const tokens = new Int32Array(tokenOffsets[docs.length]!);
  oldDocs.forEach((doc, i) => {
    const from = tokenOffsets[i]!;
    const own = index.tokensOf(doc);
    // A field break stays a break; every word of a live document kept its term.
    for (let j = 0; j < own.length; j++) tokens[from + j] = own[j]! < 0 ? own[j]! : newTerm[own[j]!]!;
  });

  return { docs, fieldLengths: Int32Array.from(fieldLengths), terms, offsets: Int32Array.from(offsets), postings: Int32Array.from(postings), tokens, tokenOffsets };
}
