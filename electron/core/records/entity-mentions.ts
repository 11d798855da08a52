import type { EntityMentions } from '../../../shared/contract';
import type { Annotation, Entity, TextVersion } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';
import { annotationLinksEntity } from './entity-references';
import { nameKey, namesOf } from './entity-names';
import { findNameMentions, findNearMisses, type NameHit, type NearMiss } from './name-matching';

interface Span {
  start: number;
  end: number;
}

/** Enough for every source of a large notebook for a handful of entities. */
const CACHE_LIMIT = 2_000;

/**
 * Finds an entity's mentions across the notebook. A text version never changes, so what
 * was found in it for a given set of names is kept, keyed by version and names; editing
 * an entity's names or a source's text simply asks a different question.
 */
export class MentionFinder {
  private readonly cache = new Map<string, { hits: NameHit[]; nearMisses: NearMiss[] }>();

  constructor(private readonly store: NotebookStore) {}

  mentions(entity: Entity): EntityMentions {
    const result: EntityMentions = { linked: [], unlinked: [], nearMisses: [] };
    const ignoredNames = new Set(entity.ignoredNames.map(nameKey));
    const ignoredSpans = new Set(entity.ignoredMentions.map((m) => spanKey(m.sourceId, m.start, m.text)));

    for (const source of this.store.list('sources')) {
      const version = this.store.currentVersion(source.id);
      const linked = this.store.annotations(source.id).filter((a) => annotationLinksEntity(a, entity.id));
      for (const a of linked) {
        const { start, end } = a.target.position;
        result.linked.push({ annotationId: a.id, sourceId: source.id, start, end, quote: a.target.quote.exact });
      }
      // Only spans in today's text cover a hit; an orphan's offsets belong to an older text.
      const covered = linked.filter((a) => inText(a, version)).map((a) => a.target.position);
      const found = this.find(version, entity);
      const open = (s: NameHit | NearMiss) => !overlapsAny(s, covered) && !ignoredSpans.has(spanKey(source.id, s.start, s.text));

      for (const hit of found.hits.filter(open)) {
        result.unlinked.push({ sourceId: source.id, start: hit.start, end: hit.end, text: hit.text });
      }
      for (const miss of found.nearMisses) {
        if (!open(miss) || overlapsAny(miss, found.hits) || ignoredNames.has(nameKey(miss.text))) continue;
        const { start, end, text, closestAlias, distance } = miss;
        result.nearMisses.push({ sourceId: source.id, start, end, text, closestAlias, distance });
      }
    }
    return result;
  }

  private find(version: TextVersion, entity: Entity): { hits: NameHit[]; nearMisses: NearMiss[] } {
    const key = JSON.stringify([version.id, namesOf(entity), entity.ignoredNames]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = {
      hits: findNameMentions(version.text, namesOf(entity)),
      nearMisses: findNearMisses(version.text, entity),
    };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }
}

function inText(annotation: Annotation, version: TextVersion): boolean {
  return annotation.versionId === version.id && annotation.anchoring !== 'orphaned';
}

function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((o) => o.start < span.end && span.start < o.end);
}

export function spanKey(sourceId: string, start: number, text: string): string {
  return `${sourceId}:${start}:${text}`;
}
