import { ParleyError } from '../../../shared/contract';
import { publishedWithin, termOf, type SearchRequest } from '../../../shared/search';
import type { Entry, Registry } from './registry';

export type Allowed = (id: string, entry: Entry) => boolean;

/**
 * The request's filters as one test on a record, or null when there are none. Outlet and
 * dates belong to sources, so they keep sources and the annotations in them; a tag keeps
 * annotations; a linked record keeps the annotations linking it, the sources holding those,
 * and the record itself.
 */
export function allowedBy(request: SearchRequest, registry: Registry): Allowed | null {
  const { from, to, recordId } = request;
  if (from !== undefined && to !== undefined && from > to) {
    throw new ParleyError('bad-request', `The date range is backwards: ${from} is after ${to}.`);
  }
  const kinds = request.kind && request.kind.length > 0 ? new Set(request.kind) : null;
  const outlet = folded(request.outlet);
  const tag = folded(request.tag);
  const bySource = outlet !== undefined || from !== undefined || to !== undefined;
  const sourcesLinking = recordId === undefined ? null : sourcesOfAnnotations(registry, registry.annotationsLinking(recordId));
  // No filter: nothing to test on each of what may be thousands of hits.
  if (!kinds && tag === undefined && recordId === undefined && !bySource) return null;

  // Decided once per source: a listing may ask for each of its many annotations.
  const fits = new Map<string, boolean>();
  const sourceFits = (sourceId: string) => {
    let fit = fits.get(sourceId);
    if (fit === undefined) {
      const source = registry.get(sourceId);
      fit = source?.kind === 'source' && (outlet === undefined || source.outlet === outlet) && publishedWithin(source.published, from, to);
      fits.set(sourceId, fit);
    }
    return fit;
  };

  return (id, entry) => {
    if (kinds && !kinds.has(entry.kind)) return false;
    if (tag !== undefined && !(entry.kind === 'annotation' && entry.tags.includes(tag))) return false;
    if (recordId !== undefined && sourcesLinking) {
      const linked =
        id === recordId ||
        (entry.kind === 'annotation' && entry.links.includes(recordId)) ||
        (entry.kind === 'source' && sourcesLinking.has(id));
      if (!linked) return false;
    }
    if (bySource) return entry.kind === 'source' ? sourceFits(id) : entry.kind === 'annotation' && sourceFits(entry.sourceId);
    return true;
  };
}

/** An empty filter box filters nothing. */
function folded(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? termOf(trimmed) : undefined;
}

function sourcesOfAnnotations(registry: Registry, annotationIds: readonly string[]): Set<string> {
  const sources = new Set<string>();
  for (const id of annotationIds) {
    const entry = registry.get(id);
    if (entry?.kind === 'annotation') sources.add(entry.sourceId);
  }
  return sources;
}
