import type { Annotation } from '../model';
import { asCitation, readBriefRoot, walk } from './tree';

/**
 * Is every quote in the brief still what the source says? Each citation node is judged on
 * its own (a quote cited twice counts twice), against the annotation's current words.
 */
export interface CitationHealth {
  exact: number;
  drifted: Array<{ annotationId: string; cited: string; current: string }>;
  orphaned: Array<{ annotationId: string; cited: string }>;
}

export function checkCitations(document: unknown, annotations: ReadonlyMap<string, Annotation>): CitationHealth {
  const health: CitationHealth = { exact: 0, drifted: [], orphaned: [] };
  for (const node of walk(readBriefRoot(document))) {
    const citation = asCitation(node);
    if (!citation) continue;
    const annotation = annotations.get(citation.annotationId);
    // An orphaned annotation's stored quote is its last known text, not what the source says now.
    if (!annotation || annotation.anchoring === 'orphaned') {
      health.orphaned.push({ annotationId: citation.annotationId, cited: citation.quote });
    } else if (annotation.target.quote.exact === citation.quote) {
      health.exact += 1;
    } else {
      health.drifted.push({ annotationId: citation.annotationId, cited: citation.quote, current: annotation.target.quote.exact });
    }
  }
  return health;
}
