/**
 * What the saved index was built with. Change it whenever documents, fields or the way
 * words are cut change, so an index saved by an older Parley is rebuilt, not trusted.
 */
export const INDEX_FORMAT = 3;

/** Typing "negot" finds "negotiators"; one letter alone would reach half the vocabulary. */
export const prefixFor = (term: string) => term.length >= 2;

/** "ceasfire" finds "ceasefire": one typo in a word of four to seven letters, two from eight. */
export const fuzzinessFor = (term: string) => (term.length >= 4 ? Math.min(6, Math.round(term.length * 0.2)) : 0);
