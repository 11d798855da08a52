export { foldSeparator, foldWord } from './fold';
export { nameKey, splitWords, type Words } from './words';
export { buildNameIndex, findNameMentions, type NameHit, type NameIndex } from './name-index';
