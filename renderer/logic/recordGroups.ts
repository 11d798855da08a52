import { EntityKind, type Annotation, type Entity } from '../../shared/model';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A filter matches a name or any alias, ignoring case and accents ("elise" finds "Élise"). */
export function matchesFilter(names: readonly string[], filter: string): boolean {
  const query = fold(filter.trim());
  return query === '' || names.some((n) => fold(n).includes(query));
}

/** Linked mentions per entity, counted from annotations already loaded (no text search). */
export function countMentions(annotations: readonly Pick<Annotation, 'links'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    const entityIds = new Set(annotation.links.filter((l) => l.kind === 'entity').map((l) => l.recordId));
    for (const id of entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export type KindGroup = { kind: EntityKind; entities: { entity: Entity; mentions: number }[] };

/** The navigator's entities: grouped by kind in the model's order, by name within a kind. */
export function groupEntitiesByKind(entities: readonly Entity[], mentions: ReadonlyMap<string, number>, filter: string): KindGroup[] {
  return EntityKind.options
    .map((kind) => ({
      kind,
      entities: entities
        .filter((e) => e.kind === kind && matchesFilter([e.name, ...e.aliases], filter))
        .sort((a, b) => byName.compare(a.name, b.name))
        .map((entity) => ({ entity, mentions: mentions.get(entity.id) ?? 0 })),
    }))
    .filter((group) => group.entities.length > 0);
}
