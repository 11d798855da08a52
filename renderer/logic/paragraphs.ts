/** One paragraph of a source's text, with where it sits in that text (UTF-16 offsets). */
export type Paragraph = { text: string; start: number; end: number };

/**
 * Splits a source's text on blank lines. Offsets are kept because annotations point into the
 * whole text: the reader will need to map a span back to its paragraph. Single line breaks
 * stay inside a paragraph (verse, lists, bylines keep their shape).
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // A blank line is a line break, optional horizontal whitespace, and another line break.
  const blank = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)*\r?\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) paragraphs.push({ text: body, start: start + lead, end: start + lead + body.length });
  };
  for (const match of text.matchAll(blank)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}
