import { bioHints } from './bio';
import { readByline } from './byline';
import { copyrightHint } from './copyright';
import { readCredit } from './credit';
import { readDateline } from './dateline';
import { guessHeadline } from './headline';
import type { MetadataHint } from './hints';
import { guessDirection, guessLanguage } from './language';
import { readDateLine } from './leading-date';
import { type Line, type Paragraph, paragraphsOf } from './lines';

/** Where the head of an article ends: title, standfirst, byline and date come before this. */
const HEAD_PARAGRAPHS = 6;
const HEAD_LINES = 12;
/** Credits, bios and copyright sit in the last few paragraphs. */
const TAIL_PARAGRAPHS = 4;
/** Only short lines can be a credit, a bio or a copyright notice; prose is not scanned. */
const MAX_CLUE_LINE = 400;

/**
 * Every metadata clue the text itself offers, each with its confidence and the name of the
 * clue; several may name the same field (`mergeHints` picks). Expects normalised text.
 * `now` is when the article is imported, used to give a dateline's "March 3" its year.
 */
export function guessFromText(text: string, options: { now?: Date } = {}): MetadataHint[] {
  const now = options.now ?? new Date();
  const paragraphs = paragraphsOf(text);
  const head = headLines(paragraphs);
  const hints: MetadataHint[] = [];

  const title = guessHeadline(head, now);
  if (title) hints.push(title);

  for (const line of head) {
    hints.push(...readByline(line.text), ...readDateLine(line.text, true));
  }
  for (const paragraph of paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    const first = paragraph.lines[0];
    const dateline = first ? readDateline(first.text, now) : null;
    if (!dateline) continue;
    if (dateline.date) hints.push(dateline.date);
    if (dateline.agency) hints.push(dateline.agency);
    break;
  }

  const headSet = new Set(head);
  // Never the first paragraph: a lone bio is the article, not its footer.
  const tailFrom = Math.max(1, paragraphs.length - TAIL_PARAGRAPHS);
  paragraphs.forEach((paragraph, p) => {
    for (const line of paragraph.lines) {
      if (line.text.length > MAX_CLUE_LINE) continue;
      const copyright = copyrightHint(line.text);
      if (copyright) hints.push(copyright);
      // A labelled "Published …" lower down (some outlets print it under the story).
      if (!headSet.has(line)) hints.push(...readDateLine(line.text, false));
      if (p >= tailFrom) {
        hints.push(...readCredit(line.text), ...bioHints(line.text));
      }
    }
  });

  const language = guessLanguage(text);
  if (language) hints.push(language);
  const direction = guessDirection(text);
  if (direction) hints.push(direction);
  return hints;
}

function headLines(paragraphs: Paragraph[]): Line[] {
  const lines: Line[] = [];
  for (const paragraph of paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    for (const line of paragraph.lines) {
      if (lines.length >= HEAD_LINES) return lines;
      lines.push(line);
    }
  }
  return lines;
}
