/** One line of a text, `text === whole.slice(start, end)`, without its `\n`. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** A run of non-blank lines: the unit outlets lay furniture out in. */
export interface Paragraph {
  start: number;
  end: number;
  lines: Line[];
}

/**
 * Splits a text into paragraphs of lines with their offsets, in one pass with `indexOf` so a
 * 5 MB text with no line breaks costs one slice. Whitespace-only lines count as blank, so an
 * unnormalised text still splits where a reader sees a gap.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Line[] = [];
  const close = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) paragraphs.push({ start: first.start, end: last.end, lines: current });
    current = [];
  };
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (isBlank(line)) close();
    else current.push({ start, end, text: line });
    if (newline === -1) break;
    start = newline + 1;
  }
  close();
  return paragraphs;
}

function isBlank(line: string): boolean {
  // Checking only when short keeps a 5 MB line from being scanned twice.
  return line.length === 0 || (line.length < 200 && line.trim() === '');
}

/** Collapses runs of whitespace so patterns can use single spaces. */
export function squash(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/** Word count without allocating an array per word. */
export function wordCount(line: string): number {
  const matches = line.match(/\S+/g);
  return matches ? matches.length : 0;
}
