import { ParleyError } from '../../../shared/contract';
import { publishedWithin, termOf, type SearchRequest } from '../../../shared/search';
import type { Entry, Registry } from './registry';

export interface Filter {
  /** Whether a record passes every filter of the request; reads only the entry, never looks anything up. */
  allows(id: string, entry: Entry): boolean;
  /**
   * The only records that can pass, when a filter names few of them (a linked record, a
   * tag, a rare outlet): a listing reads those instead of every record. Null otherwise.
   * Gathered only when asked for: a search with words does not need them.
   */
  candidates(): Iterable<[string, Entry]> | null;
}

/**
 * The request's filters, or null when there are none. Outlet and dates belong to sources,
 * so they keep sources and the annotations in them; a tag keeps annotations; a linked
 * record keeps the annotations linking it, the sources holding those, and the record itself.
 */
export function filterOf(request: SearchRequest, registry: Registry): Filter | null {
  const { from, to, recordId } = request;
  if (from !== undefined && to !== undefined && from > to) {
    throw new ParleyError('bad-request', `The date range is backwards: ${from} is after ${to}.`);
  }
  const kinds = request.kind && request.kind.length > 0 ? new Set(request.kind) : null;
  const outlet = folded(request.outlet);
  const tag = folded(request.tag);
  const bySource = outlet !== undefined || from !== undefined || to !== undefined;
  if (!kinds && tag === undefined && recordId === undefined && !bySource) return null;

  // Sources that fit, marked by number, so a hit is tested by reading an array.
  const fittingSources: Array<[string, Entry]> = [];
  const fitting = new Uint8Array(registry.sourceNumberCount);
  if (bySource) {
    for (const [id, source] of registry.sourceEntries()) {
      if (source.kind !== 'source' || (outlet !== undefined && source.outlet !== outlet) || !publishedWithin(source.published, from, to)) continue;
      fittingSources.push([id, source]);
      fitting[source.no] = 1;
    }
  }
  const linking = recordId === undefined ? [] : registry.annotationsLinking(recordId);
  const sourcesLinking = new Set(linking.flatMap(([, entry]) => (entry.kind === 'annotation' ? [entry.sourceId] : [])));

  const allows = (id: string, entry: Entry) => {
    if (kinds && !kinds.has(entry.kind)) return false;
    if (tag !== undefined && !(entry.kind === 'annotation' && entry.tags.includes(tag))) return false;
    if (recordId !== undefined) {
      const linked =
        id === recordId || (entry.kind === 'annotation' && entry.links.includes(recordId)) || (entry.kind === 'source' && sourcesLinking.has(id));
      if (!linked) return false;
    }
    if (bySource) return entry.kind === 'source' ? fitting[entry.no] === 1 : entry.kind === 'annotation' && fitting[entry.sourceNo] === 1;
    return true;
  };

  const candidates = (): Iterable<[string, Entry]> | null => {
    const lists: Array<Array<[string, Entry]>> = [];
    if (recordId !== undefined) {
      const record = registry.get(recordId);
      const sources = [...sourcesLinking].flatMap((id): Array<[string, Entry]> => {
        const entry = registry.get(id);
        return entry ? [[id, entry]] : [];
      });
      lists.push([...(record ? [[recordId, record] as [string, Entry]] : []), ...linking, ...sources]);
    }
    if (tag !== undefined) lists.push(registry.annotationsTagged(tag));
    const fewest = lists.length === 0 ? null : lists.reduce((a, b) => (b.length < a.length ? b : a));
    // An outlet or a date range: its sources and their annotations, unless a list above is
    // shorter than those sources alone, or they are a quarter of the notebook (then reading
    // every record in order is as quick).
    if (bySource && (!fewest || fittingSources.length < fewest.length) && fittingSources.length * 4 < registry.sourceNumberCount) {
      return sourcesWithAnnotations(registry, fittingSources);
    }
    return fewest;
  };
  return { allows, candidates };
}

/** An empty filter box filters nothing. */
function folded(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? termOf(trimmed) : undefined;
}

function* sourcesWithAnnotations(registry: Registry, sources: ReadonlyArray<[string, Entry]>): Generator<[string, Entry]> {
  for (const source of sources) {
    yield source;
    yield* registry.eachAnnotationOf(source[0]);
  }
}
