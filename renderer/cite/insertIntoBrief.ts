import type { Annotation } from '../../shared/model';
import { citationOf, offerToBrief, type BriefInsert } from '../brief/citeBus';

/** Said when nothing took the insert: the brief's editor is not showing. */
export const NO_EDITOR = 'Open the brief in the editor first: nothing was inserted.';

/** Hands a node to the open editor; the reason in words when there is none. */
export function insertIntoBrief(node: BriefInsert): string | null {
  return offerToBrief(node) ? null : NO_EDITOR;
}

export function insertCitation(annotation: Annotation): string | null {
  return insertIntoBrief(citationOf(annotation));
}
