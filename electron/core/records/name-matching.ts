/**
 * The engine's view of name matching: the pure matchers in `shared/mentions`, named here
 * so the engine's records code has one place that says which of them it relies on.
 */
export {
  findNameMentions,
  findNames,
  nameKey as matchingKey,
  nearMissFinder,
  suggestEntities,
  suggestFromNames,
  type FoundName,
  type NameHit,
  type NearMiss,
} from '../../../shared/mentions';
