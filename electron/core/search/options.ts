import type { Options, SearchOptions } from 'minisearch';
import { termOf, wordsOf } from '../../../shared/search';
import type { SearchDocument } from './documents';

/**
 * What the saved index was built with. Change it whenever documents, fields or the way
 * words are cut change, so an index saved by an older Parley is rebuilt, not trusted.
 */
export const INDEX_FORMAT = 1;

export const indexOptions: Options<SearchDocument> = {
  fields: ['title', 'names', 'text'],
  tokenize: wordsOf,
  processTerm: (word) => termOf(word) || null,
};

/** A title or name match outranks the same word deep in an article. */
export const searchOptions: SearchOptions = {
  boost: { title: 3, names: 2, text: 1 },
  combineWith: 'AND',
};

/** Typing "negot" finds "negotiators"; one letter alone would expand to half the vocabulary. */
export const prefixFor = (term: string) => term.length >= 2;

/** "ceasfire" finds "ceasefire": one typo in a word of four to seven letters, two from eight. */
export const fuzzinessFor = (term: string) => (term.length >= 4 ? 0.2 : false);
