import type { Annotation } from '../../shared/model';
import { cutAtSpans } from '../../shared/text';
import { splitParagraphs } from '../logic/paragraphs';

/** A run of a paragraph covered by the same annotations (none: plain text). */
export type Segment = { text: string; start: number; ids: string[] };
export type SegmentedParagraph = { start: number; segments: Segment[] };

/**
 * A source's text cut at every annotation boundary, paragraph by paragraph, for the brief's
 * side reader: it shows highlights as plain marks without a Lexical editor. Orphaned
 * annotations have no span in this text and are left out; overlaps give runs with several ids.
 */
export function segmentHighlights(text: string, annotations: readonly Annotation[]): SegmentedParagraph[] {
  const spans = annotations
    .filter((a) => a.anchoring !== 'orphaned')
    .map((a) => ({ key: a.id, start: a.target.position.start, end: a.target.position.end }))
    .filter((s) => s.end > s.start);
  return splitParagraphs(text).map((paragraph) => ({
    start: paragraph.start,
    segments: cutAtSpans(paragraph.start, paragraph.end, spans).map((cut) => ({ text: text.slice(cut.start, cut.end), start: cut.start, ids: cut.keys })),
  }));
}
