import type { BoilerplateReason, BoilerplateSpan } from '../model';
import { readBio } from './bio';
import { readCredit } from './credit';
import { classifyLine, isLinkLike, isRelatedHeading } from './furniture';
import { type Paragraph, paragraphsOf } from './lines';

/** Bios and closing credits sit in the last few paragraphs; higher up they are the story. */
const TAIL_PARAGRAPHS = 4;
const ABOUT_THE_AUTHOR = /^about the authors?:?$/i;
const MAX_BIO_LENGTH = 600;

/**
 * Outlet furniture in a normalised text, as whole lines or whole paragraphs with a reason,
 * in text order and never overlapping, so the reader can offer them as one trim. Conservative
 * on purpose: a missed "Share" line costs a click, a trimmed sentence of the article costs
 * the researcher a quote.
 */
export function detectBoilerplate(text: string): BoilerplateSpan[] {
  const paragraphs = paragraphsOf(text);
  const reasons = paragraphs.map((p) => p.lines.map((line) => classifyLine(line.text)));
  markRelatedLists(paragraphs, reasons);
  markTail(paragraphs, reasons);

  const spans: BoilerplateSpan[] = [];
  paragraphs.forEach((paragraph, p) => {
    const marks = reasons[p] ?? [];
    const first = marks[0];
    // One reason for every line: propose the paragraph as a whole.
    if (first && marks.every((reason) => reason === first)) {
      spans.push(span(text, paragraph.start, paragraph.end, first));
      return;
    }
    // Otherwise each run of lines with the same reason, leaving the article's lines alone.
    let runStart = 0;
    for (let i = 1; i <= marks.length; i++) {
      if (i < marks.length && marks[i] === marks[runStart]) continue;
      const reason = marks[runStart];
      const firstLine = paragraph.lines[runStart];
      const lastLine = paragraph.lines[i - 1];
      if (reason && firstLine && lastLine) spans.push(span(text, firstLine.start, lastLine.end, reason));
      runStart = i;
    }
  });
  return spans;
}

function span(text: string, start: number, end: number, reason: BoilerplateReason): BoilerplateSpan {
  return { start, end, text: text.slice(start, end), reason };
}

/**
 * After a "Related articles" heading, linked headlines follow: the rest of its paragraph, or
 * the next paragraph when the heading stands alone and every line of it reads as a link.
 */
function markRelatedLists(paragraphs: Paragraph[], reasons: (BoilerplateReason | null)[][]): void {
  paragraphs.forEach((paragraph, p) => {
    const marks = reasons[p] ?? [];
    paragraph.lines.forEach((line, i) => {
      if (!isRelatedHeading(line.text)) return;
      marks[i] = 'related-links';
      let j = i + 1;
      for (; j < paragraph.lines.length; j++) {
        const next = paragraph.lines[j];
        if (!next || !isLinkLike(next.text)) break;
        marks[j] = 'related-links';
      }
      const next = paragraphs[p + 1];
      if (j === paragraph.lines.length && next && next.lines.length <= 12 && next.lines.every((l) => isLinkLike(l.text))) {
        reasons[p + 1] = next.lines.map(() => 'related-links');
      }
    });
  });
}

/**
 * Author bios and wire credits, only near the end and never when they would be the whole
 * text: "Mira Okonjo is a reporter for …", "About the author" and the paragraph under it,
 * "(Reporting by …; editing by …)".
 */
function markTail(paragraphs: Paragraph[], reasons: (BoilerplateReason | null)[][]): void {
  if (paragraphs.length < 3) return;
  const from = Math.max(1, paragraphs.length - TAIL_PARAGRAPHS);
  for (let p = from; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const marks = reasons[p];
    if (!paragraph || !marks) continue;
    paragraph.lines.forEach((line, i) => {
      if (marks[i] || line.text.length > MAX_BIO_LENGTH) return;
      const credit = readCredit(line.text).some((hint) => hint.from === 'reporting-credit');
      if (credit || readBio(line.text)) marks[i] = 'author-bio';
      if (ABOUT_THE_AUTHOR.test(line.text.trim())) {
        marks[i] = 'author-bio';
        const under = paragraphs[p + 1];
        // The heading's own paragraph may hold the bio; else the one below it.
        if (i === paragraph.lines.length - 1 && under && under.end - under.start <= MAX_BIO_LENGTH) {
          reasons[p + 1] = under.lines.map(() => 'author-bio');
        } else {
          for (let j = i + 1; j < paragraph.lines.length; j++) marks[j] = 'author-bio';
        }
      }
    });
  }
}
