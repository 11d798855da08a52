import type { SearchResult } from '../../shared/search';
import type { OpenItem } from '../state/WorkspaceStore';

/**
 * Where opening a result lands: text hits open their source with the matched stretch
 * selected (so it shows, and can be annotated at once); records and briefs open their page.
 */
export function placeOf(result: SearchResult): OpenItem {
  if (result.kind === 'source' || result.kind === 'annotation') {
    const id = result.sourceId ?? result.id;
    const span = result.start !== undefined && result.end !== undefined && result.end > result.start ? { start: result.start, end: result.end } : undefined;
    if (span) return { kind: 'source', id, span };
    // An orphaned annotation has no place in the current text; the source shows it in its panel.
    return result.kind === 'annotation' ? { kind: 'source', id, at: result.id } : { kind: 'source', id };
  }
  return { kind: result.kind, id: result.id };
}
