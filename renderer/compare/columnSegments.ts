import type { Annotation } from '../../shared/model';
import { cutAtSpans, type KeyedSpan } from '../../shared/text';
import { splitParagraphs } from '../logic/paragraphs';

/** A run of text with the same highlights and passages over all of it. */
export type ColumnSegment = {
  text: string;
  start: number;
  end: number;
  /** Annotations highlighting this run (none: plain text). */
  annotationIds: string[];
  /** Shared passages (by id) this run belongs to. */
  passageIds: number[];
  /** Found in none of the other compared sources. */
  unique: boolean;
};

export type ColumnParagraph = {
  start: number;
  end: number;
  segments: ColumnSegment[];
  /** Every shared passage touching this paragraph, for the markers in its margin. */
  passageIds: number[];
  unique: boolean;
};

type Layer = { kind: 'annotation'; id: string } | { kind: 'passage'; id: number } | { kind: 'unique' };
type Range = { start: number; end: number };

/**
 * A compared source's text, paragraph by paragraph, cut wherever a highlight, a shared
 * passage or a unique stretch begins or ends: each column renders plain runs and marks
 * without a Lexical editor, so four columns stay light. Orphaned annotations have no span
 * in this text and are left out.
 */
export function segmentColumn(
  text: string,
  annotations: readonly Annotation[],
  passages: readonly ({ id: number } & Range)[],
  unique: readonly Range[],
): ColumnParagraph[] {
  const spans: KeyedSpan<Layer>[] = [
    ...annotations
      .filter((a) => a.anchoring !== 'orphaned' && a.target.position.end > a.target.position.start)
      .map((a) => ({ key: { kind: 'annotation' as const, id: a.id }, start: a.target.position.start, end: a.target.position.end })),
    ...passages.map((p) => ({ key: { kind: 'passage' as const, id: p.id }, start: p.start, end: p.end })),
    ...unique.map((u) => ({ key: { kind: 'unique' as const }, start: u.start, end: u.end })),
  ];
  return splitParagraphs(text).map((paragraph) => {
    const segments = cutAtSpans(paragraph.start, paragraph.end, spans).map((cut) => ({
      text: text.slice(cut.start, cut.end),
      start: cut.start,
      end: cut.end,
      annotationIds: cut.keys.flatMap((k) => (k.kind === 'annotation' ? [k.id] : [])),
      passageIds: cut.keys.flatMap((k) => (k.kind === 'passage' ? [k.id] : [])),
      unique: cut.keys.some((k) => k.kind === 'unique'),
    }));
    return {
      start: paragraph.start,
      end: paragraph.end,
      segments,
      passageIds: [...new Set(segments.flatMap((s) => s.passageIds))],
      unique: segments.some((s) => s.unique),
    };
  });
}

/** A Markdown source's first line is usually "# Title"; the marker is not part of the title. */
const MARKDOWN_HEADING = /^#{1,6}[^\S\n]+/;

/**
 * The text usually starts with the headline, which the column's header already shows.
 * It is dropped unless something in it is highlighted: then it stays, so the mention can be seen.
 */
export function withoutHeadline(paragraphs: ColumnParagraph[], title: string): ColumnParagraph[] {
  const [first, ...rest] = paragraphs;
  if (!first) return paragraphs;
  const headline = first.segments.map((s) => s.text).join('').replace(MARKDOWN_HEADING, '');
  return headline === title && first.segments.every((s) => s.annotationIds.length === 0) ? rest : paragraphs;
}
