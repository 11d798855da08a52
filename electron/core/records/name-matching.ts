/**
 * The engine's view of name matching: the pure matchers in `shared/mentions`, named here
 * so the engine's records code has one place that says which of them it relies on.
 */
export {
  buildNameIndex,
  findNameMentions,
  findNames,
  nameKey as matchingKey,
  nearMissFinder,
  nearMissSearch,
  splitWords,
  suggestEntities,
  suggestFromNames,
  type FoundName,
  type NameHit,
  type NameIndex,
  type NearMiss,
  type NearMissSearch,
  type Words,
} from '../../../shared/mentions';
