import type { Annotation } from '../../shared/model';
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
    .map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end }))
    .filter((s) => s.end > s.start);
  return splitParagraphs(text).map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const s of spans) {
      if (s.start > paragraph.start && s.start < paragraph.end) cuts.add(s.start);
      if (s.end > paragraph.start && s.end < paragraph.end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const ids = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
      segments.push({ text: text.slice(start, end), start, ids });
    }
    return { start: paragraph.start, segments };
  });
}
