import { cutAtSpans } from '../text';

/**
 * Lays a source's text out for an annotated export: paragraphs (split on blank lines), lines
 * (split on single line breaks) and, inside each line, pieces with the same annotations over
 * all of them. Overlapping spans are split where one starts or ends, so no renderer has to
 * nest highlights or close one inside another; each piece knows every note covering it.
 */

/** A span to highlight, already numbered: `number` is its footnote. UTF-16 offsets. */
export interface PlacedSpan {
  number: number;
  start: number;
  end: number;
}

/** A stretch of one line with the same annotations over all of it. */
export interface Piece {
  text: string;
  /** Notes whose spans cover this stretch, ascending. Empty for plain text. */
  covering: number[];
  /** Notes whose spans end with this stretch: their footnote markers follow it. */
  endingHere: number[];
}

export type Line = Piece[];
export type TextParagraph = Line[];

export interface TextLayout {
  paragraphs: TextParagraph[];
  /** Spans that cover no visible character (only the blank space between paragraphs). */
  unplaced: number[];
}

interface Range {
  start: number;
  end: number;
}

/** Paragraphs are separated by a blank line; a line of spaces counts as blank. */
function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n(?:[ \t]*\n)+/g)) {
    ranges.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((range) => text.slice(range.start, range.end).trim() !== '');
}

function lineRanges(text: string, paragraph: Range): Range[] {
  const ranges: Range[] = [];
  let start = paragraph.start;
  for (let at = text.indexOf('\n', start); at !== -1 && at < paragraph.end; at = text.indexOf('\n', start)) {
    ranges.push({ start, end: at });
    start = at + 1;
  }
  ranges.push({ start, end: paragraph.end });
  return ranges;
}

export function layoutText(text: string, spans: readonly PlacedSpan[]): TextLayout {
  const sorted = [...spans].sort((a, b) => a.number - b.number);
  const keyed = sorted.map((span) => ({ key: span.number, start: span.start, end: span.end }));
  // A note's marker goes after the last piece its span covers, wherever the span ends.
  const lastPiece = new Map<number, Piece>();
  const paragraphs = paragraphRanges(text).map((paragraph) =>
    lineRanges(text, paragraph).map((line) => {
      const pieces: Piece[] = [];
      for (const cut of cutAtSpans(line.start, line.end, keyed)) {
        const piece: Piece = { text: text.slice(cut.start, cut.end), covering: cut.keys, endingHere: [] };
        for (const number of cut.keys) lastPiece.set(number, piece);
        pieces.push(piece);
      }
      return pieces;
    }),
  );
  for (const [number, piece] of lastPiece) piece.endingHere.push(number);
  for (const piece of lastPiece.values()) piece.endingHere.sort((a, b) => a - b);
  const unplaced = sorted.filter((span) => !lastPiece.has(span.number)).map((span) => span.number);
  return { paragraphs, unplaced };
}
