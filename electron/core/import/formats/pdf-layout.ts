/** One positioned run of text on a PDF page, as pdf.js reports it (its TextItem, reduced). */
export interface PositionedText {
  str: string;
  /** Baseline start, in page units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, in page units. */
  size: number;
  /** pdf.js saw the end of a line after this run. */
  hasEOL: boolean;
}

interface Line {
  y: number;
  size: number;
  text: string;
}

/**
 * One page's text runs to paragraphs. Runs join into lines (a line ends where pdf.js says so
 * or where the baseline moves), and lines into paragraphs: a paragraph ends where the gap to
 * the next line is clearly larger than the page's usual line step, or where the text moves
 * up the page (a new column). Lines in a paragraph join with a space, as they were one
 * sentence wrapped by the layout, so quotes that cross a line break still match.
 */
export function paragraphsOfPage(runs: PositionedText[]): string[] {
  const lines = linesOf(runs);
  const usual = usualStep(lines);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const step = previous ? previous.y - line.y : 0;
    const breaks = previous !== undefined && (step <= 0 || step > Math.max(usual * 1.3, line.size * 0.8));
    if (breaks && current) {
      paragraphs.push(current);
      current = '';
    }
    current = joinLines(current, line.text);
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

function linesOf(runs: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let parts: string[] = [];
  let y = 0;
  let size = 0;
  let right: number | null = null;
  const end = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) lines.push({ y, size, text });
    parts = [];
    right = null;
    size = 0;
  };
  for (const run of runs) {
    const runSize = run.size > 0 ? run.size : 10;
    if (parts.length > 0 && Math.abs(run.y - y) > runSize * 0.5) end();
    if (run.str !== '') {
      if (parts.length === 0) y = run.y;
      // Runs placed apart on one line with no space character between them are separate words.
      const last = parts[parts.length - 1] ?? '';
      if (right !== null && run.x - right > runSize * 0.15 && !/\s$/.test(last) && !/^\s/.test(run.str)) parts.push(' ');
      parts.push(run.str);
      right = run.x + run.width;
      size = Math.max(size, runSize);
    }
    if (run.hasEOL) end();
  }
  end();
  return lines;
}

/** The most common downward step between lines: body text's leading, whatever the headings do. */
function usualStep(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const step = Math.round(((lines[i - 1] as Line).y - (lines[i] as Line).y) * 2) / 2;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  }
  return best || Math.max(...lines.map((l) => l.size), 10) * 1.2;
}

/** "cease-" + "fire" stays "cease-fire": a hyphen at a line's end is kept and not followed by a space. */
function joinLines(paragraph: string, line: string): string {
  if (!paragraph) return line;
  return /\p{L}-$/u.test(paragraph) ? paragraph + line : `${paragraph} ${line}`;
}
