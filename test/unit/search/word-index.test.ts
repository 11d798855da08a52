import { describe, expect, it } from 'vitest';
import { evaluate, matchedTerms } from '../../../electron/core/search/evaluate';
import { savedWordsOf, wordIndexOf } from '../../../electron/core/search/saved-index';
import { WordIndex } from '../../../electron/core/search/word-index';

const find = (index: WordIndex, ...terms: string[]) =>
  evaluate(index, terms.map((term) => ({ term, prefix: term.length >= 2, fuzzy: term.length >= 4 ? 1 : 0 })))
    .hits.sort((a, b) => b.score - a.score)
    .map((h) => h.id);

function sample(): WordIndex {
  const index = new WordIndex();
  index.add('a', ['Corridor talks', 'Harbour Gazette', 'Negotiators met in São Tomé to discuss a corridor.']);
  index.add('b', ['Aid convoy', 'Coastal Wire', 'The corridor stayed closed; the ceasefire held.']);
  index.add('c', ['Market reopens', '', 'Fish and bread on sale again.']);
  return index;
}

describe('the word index', () => {
  it('finds documents holding every term, ranking a title match first', () => {
    const index = sample();
    expect(find(index, 'corridor')).toEqual(['a', 'b']);
    expect(find(index, 'corridor', 'ceasefire')).toEqual(['b']);
    expect(find(index, 'sao')).toEqual(['a']);
    expect(find(index, 'negot')).toEqual(['a']);
    expect(find(index, 'ceasfire')).toEqual(['b']);
    expect(find(index, 'lighthouse')).toEqual([]);
  });

  it('names the words each document matched, for its snippet', () => {
    const index = sample();
    const { hits, expansions } = evaluate(index, [{ term: 'negot', prefix: true, fuzzy: 0 }, { term: 'corridor', prefix: false, fuzzy: 0 }]);
    expect(matchedTerms(index, hits[0]!.doc, expansions)).toEqual(['negotiators', 'corridor']);
  });

  it('forgets a removed or replaced document, also after compaction and a save', () => {
    let index = sample();
    index.remove('c');
    // A thousand edits of one document leave a thousand dead ones behind.
    for (let i = 0; i < 1200; i++) index.add('b', ['Aid convoy', 'Coastal Wire', `${i === 0 ? 'Draft' : 'Final'} edition: the corridor reopened.`]);
    expect(index.wasteful).toBe(true);
    expect(find(index, 'ceasefire')).toEqual([]);
    expect(find(index, 'fish')).toEqual([]);
    expect(find(index, 'draft')).toEqual([]);
    expect(find(index, 'final', 'edition')).toEqual(['b']);

    index = WordIndex.fromCompact(index.compact());
    expect(index.capacity).toBe(2);
    expect(find(index, 'corridor')).toEqual(['a', 'b']);
    expect(find(index, 'reopened')).toEqual(['b']);

    const reloaded = wordIndexOf(JSON.parse(JSON.stringify(savedWordsOf(index))))!;
    expect(find(reloaded, 'corridor')).toEqual(find(index, 'corridor'));
    reloaded.add('d', ['Corridor opens', '', 'At last the corridor opened.']);
    expect(find(reloaded, 'corridor')).toEqual(['d', 'a', 'b']);
  });

  it('refuses saved parts that do not fit together', () => {
    const saved = savedWordsOf(sample());
    expect(wordIndexOf({ ...saved, terms: saved.terms.slice(1) })).toBeNull();
    expect(wordIndexOf({ ...saved, fieldLengths: [] })).toBeNull();
    expect(wordIndexOf({ ...saved, postings: '' })).toBeNull();
  });
});
