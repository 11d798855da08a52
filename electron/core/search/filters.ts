import { ParleyError } from '../../../shared/contract';
import { publishedWithin, termOf, type SearchRequest } from '../../../shared/search';
import type { Entry, Registry } from './registry';

export interface Filter {
  /** Whether a record passes every filter of the request. */
  allows(id: string, entry: Entry): boolean;
  /**
   * The only records that can pass, when a filter names them (a linked record, a tag, an
   * outlet or dates): far fewer than the notebook holds, so they are tested instead of
   * every hit. Null when any record may pass (a kind filter alone).
   */
  candidates: string[] | null;
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

  const sourceFits = (sourceId: string) => {
    const source = registry.get(sourceId);
    return source?.kind === 'source' && (outlet === undefined || source.outlet === outlet) && publishedWithin(source.published, from, to);
  };
  const fittingSources = bySource ? [...registry.sourceIds()].filter(sourceFits) : null;
  // Marked by source number, so a hit is tested by reading an array.
  const fitting = new Uint8Array(registry.sourceNumberCount);
  for (const id of fittingSources ?? []) fitting[registry.sourceNumber(id)] = 1;
  const linking = recordId === undefined ? null : registry.annotationsLinking(recordId);
  const sourcesLinking = linking && sourcesOf(registry, linking);

  const allows = (id: string, entry: Entry) => {
    if (kinds && !kinds.has(entry.kind)) return false;
    if (tag !== undefined && !(entry.kind === 'annotation' && entry.tags.includes(tag))) return false;
    if (recordId !== undefined) {
      const linked =
        id === recordId || (entry.kind === 'annotation' && entry.links.includes(recordId)) || (entry.kind === 'source' && sourcesLinking!.has(id));
      if (!linked) return false;
    }
    if (bySource) return entry.kind === 'source' ? fitting[entry.no] === 1 : entry.kind === 'annotation' && fitting[entry.sourceNo] === 1;
    return true;
  };

  const lists: string[][] = [];
  if (recordId !== undefined) lists.push([recordId, ...linking!, ...sourcesLinking!]);
  if (tag !== undefined) lists.push(registry.annotationsTagged(tag));
  if (fittingSources && fittingSources.length * 8 < registry.sourceNumberCount) {
    lists.push(fittingSources.flatMap((id) => [id, ...registry.annotationsOf(id)]));
  }
  const fewest = lists.length === 0 ? null : lists.reduce((a, b) => (b.length < a.length ? b : a));
  // Many candidates cost more to mark than testing the hits the words already narrowed down.
  const candidates = fewest && fewest.length * 8 < registry.size ? fewest : null;
  return { allows, candidates };
}

/** An empty filter box filters nothing. */
function folded(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? termOf(trimmed) : undefined;
}

function sourcesOf(registry: Registry, annotationIds: readonly string[]): Set<string> {
  const sources = new Set<string>();
  for (const id of annotationIds) {
    const entry = registry.get(id);
    if (entry?.kind === 'annotation') sources.add(entry.sourceId);
  }
  return sources;
}
