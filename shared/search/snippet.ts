import { matchesIn, type Span } from './matcher';

export interface Snippet {
  snippet: string;
  /** [start, end) of each matched word or phrase within `snippet`. */
  highlights: Span[];
}

const WIDTH = 160;
/** How much text to show before the match, so it reads in its sentence. */
const LEAD = 50;

/**
 * About `width` characters of `text` around `at` (or from the start), on one line, cut at
 * word boundaries and marked with … where cut, with every match of `matcher` highlighted.
 */
export function snippetOf(text: string, at: Span | null, matcher: RegExp | null, width = WIDTH): Snippet {
  let start = at ? Math.max(0, at[0] - LEAD) : 0;
  // Long matches (a phrase) still show whole; the window grows to hold them.
  let end = Math.min(text.length, Math.max(start + width, at ? at[1] : 0));
  if (start > 0) start = afterSpace(text, start, at ? at[0] : end);
  if (end < text.length) end = beforeSpace(text, end, at ? at[1] : start);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const snippet = `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
  return { snippet, highlights: matchesIn(snippet, matcher) };
}

/** The first word start at or after `from`, not past `limit`. */
function afterSpace(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/\s/.test(text[i - 1]!)) return i;
  return from;
}

/** The last word end at or before `from`, not before `limit`. */
function beforeSpace(text: string, from: number, limit: number): number {
  for (let i = from; i > limit; i--) if (/\s/.test(text[i]!)) return i;
  return from;
}
