import type { EntitySuggestion } from '../../../shared/contract';
import { findNameMentions, type NameHit as IndexedHit } from '../../../shared/mentions';

/**
 * The engine's view of name matching, from `shared/mentions`. Near misses and suggestions
 * are empty until their matchers land there.
 */

export { findNameMentions };
export type NameHit = Omit<IndexedHit, 'entityId'>;

export interface NearMiss {
  start: number;
  end: number;
  text: string;
  closestAlias: string;
  distance: number;
}

export interface NamedRecord {
  id: string;
  names: string[];
}

export function findNearMisses(_text: string, _entity: { name: string; aliases: readonly string[]; ignoredNames: readonly string[] }): NearMiss[] {
  return [];
}

export function suggestEntities(_text: string, _existing: readonly NamedRecord[]): EntitySuggestion[] {
  return [];
}
