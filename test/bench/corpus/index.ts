export { Random } from './random';
export { generateArticle, highlightSpans, type Article, type Claim } from './article';
export { generateCast, type Cast } from './cast';
export { notebookFiles, type CorpusFile, type CorpusSize } from './notebook';
export { SIZES, sizeFor } from './sizes';
export { writeCorpus, type WrittenCorpus } from './write';
export { canonicalJson, corpusHash } from './hash';
