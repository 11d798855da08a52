import type { EntitySuggestion } from '../../../shared/contract';

/**
 * The engine's view of name matching. Interim: plain word-boundary matching until
 * `shared/mentions` lands, when this file becomes a re-export of it.
 */

export interface NameHit {
  start: number;
  end: number;
  text: string;
  name: string;
}

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

export function findNameMentions(text: string, names: readonly string[]): NameHit[] {
  const hits: NameHit[] = [];
  const longestFirst = [...names].sort((a, b) => b.length - a.length);
  for (const name of longestFirst) {
    const words = name.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, text: match[0], name });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function findNearMisses(_text: string, _entity: { name: string; aliases: readonly string[]; ignoredNames: readonly string[] }): NearMiss[] {
  return [];
}

export function suggestEntities(_text: string, _existing: readonly NamedRecord[]): EntitySuggestion[] {
  return [];
}
