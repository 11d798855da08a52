import { $dfs } from '@lexical/utils';
import { $getSelection, $isNodeSelection, $isRangeSelection, type BaseSelection, type LexicalNode } from 'lexical';
import { $isCitationNode, type CitationNode } from './nodes/CitationNode';
import { $isRecordMentionNode, type RecordMentionNode } from './nodes/RecordMentionNode';

function $citationsOf(annotationId: string): CitationNode[] {
  return $dfs()
    .map(({ node }) => node)
    .filter((node): node is CitationNode => $isCitationNode(node) && node.getAnnotationId() === annotationId);
}

/** "Update quote": every citation of the annotation that still says `cited` now says `current`. */
export function $updateCitationQuotes(annotationId: string, cited: string, current: string): number {
  const stale = $citationsOf(annotationId).filter((c) => c.getQuote() === cited);
  for (const citation of stale) citation.setQuote(current);
  return stale.length;
}

/** "Remove": the annotation is gone from its source, and so are its citations from the brief. */
export function $removeCitations(annotationId: string): number {
  const citations = $citationsOf(annotationId);
  for (const citation of citations) citation.remove();
  return citations.length;
}

/**
 * The one chip the writer has selected: clicked (node selection) or stepped over with
 * Shift+Arrow (a range that holds the chip and nothing else). Enter then opens it.
 */
export function $selectedChip(selection: BaseSelection | null = $getSelection()): CitationNode | RecordMentionNode | null {
  if (!$isNodeSelection(selection) && !$isRangeSelection(selection)) return null;
  const chips = selection.getNodes().filter((n: LexicalNode): n is CitationNode | RecordMentionNode => $isCitationNode(n) || $isRecordMentionNode(n));
  const chip = chips.length === 1 ? chips[0] : undefined;
  if (!chip) return null;
  if ($isRangeSelection(selection) && selection.getTextContent() !== chip.getTextContent()) return null;
  return chip;
}

/** The source a citation of the annotation points to (health reports only annotation ids). */
export function $sourceOfCitation(annotationId: string): string | null {
  return $citationsOf(annotationId)[0]?.exportJSON().sourceId ?? null;
}
