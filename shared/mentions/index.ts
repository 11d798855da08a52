export { foldSeparator, foldWord } from './fold';
export { nameKey, splitWords, type Words } from './words';
export { buildNameIndex, findNameMentions, type NameHit, type NameIndex } from './name-index';
export { findNearMisses, nearMissFinder, nearMissSearch, type NearMiss, type NearMissSearch, type NearMissEntity, type NearMissOptions } from './near-misses';
export { allowedSlips, spellingDistance } from './spelling-distance';
export { nameRuns, type NameRun } from './name-runs';
export { findNames, suggestEntities, suggestFromNames, type FoundName, type SuggestedEntity, type SuggestedKind } from './suggestions';
