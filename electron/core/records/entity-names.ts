import type { Entity } from '../../../shared/model';

/** Names compare as a reader would: same letters whatever the case or Unicode composition. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Every name an entity answers to, canonical name first. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

/**
 * The survivor's aliases after taking in another entity's names: its own first, then the
 * newcomers, each name once (case-insensitively) and never repeating the canonical name.
 */
export function mergedAliases(survivor: Pick<Entity, 'name' | 'aliases'>, incoming: readonly string[]): string[] {
  const seen = new Set([nameKey(survivor.name)]);
  const aliases: string[] = [];
  for (const alias of [...survivor.aliases, ...incoming]) {
    const key = nameKey(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}
