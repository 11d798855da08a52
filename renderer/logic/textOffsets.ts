/**
 * Offsets between a source's text and the reader's paragraphs. Stored texts are normalised
 * (shared/text): paragraphs are separated by exactly one blank line, so splitting on "\n\n"
 * and joining with it again is exact, and an annotation's UTF-16 offsets stay meaningful.
 */
export type TextParagraph = { text: string; start: number; end: number };

export const PARAGRAPH_BREAK = '\n\n';

export function paragraphsOf(text: string): TextParagraph[] {
  if (text === '') return [];
  let start = 0;
  return text.split(PARAGRAPH_BREAK).map((part) => {
    const paragraph = { text: part, start, end: start + part.length };
    start = paragraph.end + PARAGRAPH_BREAK.length;
    return paragraph;
  });
}

export function joinParagraphs(texts: readonly string[]): string {
  return texts.join(PARAGRAPH_BREAK);
}

/** Where a paragraph-relative point sits in the whole text. */
export function offsetAt(paragraphs: readonly TextParagraph[], index: number, offset: number): number {
  const paragraph = paragraphs[index];
  if (!paragraph) throw new RangeError(`no paragraph ${index}`);
  return paragraph.start + Math.min(Math.max(offset, 0), paragraph.text.length);
}

export type ParagraphPoint = { paragraph: number; offset: number };

/**
 * The paragraph point for a text offset. An offset inside a paragraph break belongs to the
 * next paragraph when it starts a span and to the previous one when it ends one, so a span
 * never begins or ends on an invisible separator.
 */
export function pointAt(paragraphs: readonly TextParagraph[], offset: number, edge: 'start' | 'end'): ParagraphPoint {
  if (paragraphs.length === 0) return { paragraph: 0, offset: 0 };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (offset < p.start) return edge === 'start' || i === 0 ? { paragraph: i, offset: 0 } : endOf(paragraphs, i - 1);
    if (offset <= p.end) return { paragraph: i, offset: offset - p.start };
  }
  return endOf(paragraphs, paragraphs.length - 1);
}

function endOf(paragraphs: readonly TextParagraph[], index: number): ParagraphPoint {
  return { paragraph: index, offset: paragraphs[index]!.text.length };
}

export type AnnotationSpan = { id: string; start: number; end: number };
export type MarkedSegment = { text: string; ids: string[] };

/**
 * Cuts one paragraph at every span boundary, so a stretch covered by several annotations
 * becomes one segment carrying all their ids (one MarkNode in the editor, not nested marks).
 */
export function markedSegments(paragraph: TextParagraph, spans: readonly AnnotationSpan[]): MarkedSegment[] {
  const inside = spans.filter((s) => s.start < paragraph.end && s.end > paragraph.start);
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const s of inside) {
    cuts.add(Math.max(s.start, paragraph.start));
    cuts.add(Math.min(s.end, paragraph.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const ids = inside.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
    segments.push({ text: paragraph.text.slice(from - paragraph.start, to - paragraph.start), ids });
  }
  return segments;
}
