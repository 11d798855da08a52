import type { AnnotationTarget } from '../model';
import { splitsPair } from './code-points';

/** W3C suggests "a few" characters of context; 32 disambiguates repeated quotes in news copy. */
export const CONTEXT_LENGTH = 32;

/** A span that cannot be described: outside the text, empty, or splitting a character. */
export class SpanError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'SpanError';
  }
}

/**
 * Describes `text[start, end)` with both selectors an annotation keeps: the quote with its
 * context (which survives edits elsewhere in the text) and the position (which is fast and
 * exact while the text is unchanged). Offsets are UTF-16 indices.
 */
export function describeSpan(text: string, start: number, end: number): AnnotationTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new SpanError(`span offsets must be whole numbers (got ${start}–${end})`);
  }
  if (start < 0 || end > text.length || end <= start) {
    throw new SpanError(`span ${start}–${end} is outside the text (0–${text.length}) or empty`);
  }
  // A span that cuts an emoji or other astral character in half cannot be exported as
  // code points (W3C) and would render as a broken glyph.
  if (splitsPair(text, start) || splitsPair(text, end)) {
    throw new SpanError(`span ${start}–${end} splits a character in two`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { start, end },
  };
}
