import type { CitationNodeJson, RecordMentionNodeJson } from '../../shared/brief';
import type { Annotation } from '../../shared/model';

/**
 * How the rest of the app hands a citation or a record chip to the brief editor that is
 * open: the context panel's "Insert" buttons publish, the editor subscribes and inserts
 * at its selection. No editor open, no subscriber: `offer` says so by returning false.
 */
export type BriefInsert = CitationNodeJson | RecordMentionNodeJson;

type Listener = (node: BriefInsert) => void;
const listeners = new Set<Listener>();

export function onBriefInsert(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offerToBrief(node: BriefInsert): boolean {
  for (const listener of listeners) listener(node);
  return listeners.size > 0;
}

/** A citation of an annotation as it reads now. */
export function citationOf(annotation: Annotation): CitationNodeJson {
  return { type: 'citation', version: 1, annotationId: annotation.id, sourceId: annotation.sourceId, quote: annotation.target.quote.exact };
}

/**
 * Dragging a highlight or an annotation carries its citation under this media type; the
 * editor accepts drops of it. Plain text travels too, for drops anywhere else.
 */
export const CITATION_DRAG_TYPE = 'application/x-parley-citation';

export function putCitationOnDrag(data: DataTransfer, annotation: Annotation): void {
  data.setData(CITATION_DRAG_TYPE, JSON.stringify(citationOf(annotation)));
  data.setData('text/plain', `“${annotation.target.quote.exact}”`);
  data.effectAllowed = 'copy';
}
