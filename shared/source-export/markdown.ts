import { escapeLineStart, escapeMarkdown, linkDestination } from '../brief/markdownText';
import { safeHref } from '../brief/tree';
import type { AnnotatedSource, AnnotationNote } from './annotated-source';
import type { Line, TextParagraph } from './layout';
import { bylineParts, noteWords, RECORDS_HEADING, recordWords, summaryLine, UNPLACED_EXPLANATION, UNPLACED_HEADING } from './wording';

/**
 * An annotated source as CommonMark with GFM footnotes. Markdown has no highlight that
 * every reader renders, so highlighted words are bold, each span followed by its footnote
 * marker; the footnote lists the records the span links to and the comment.
 */
export function renderSourceMarkdown(exported: AnnotatedSource): string {
  const { source } = exported;
  const header = [`# ${escapeLineStart(escapeMarkdown(source.title))}`];
  const byline = bylineParts(source).map(escapeMarkdown).join(' · ');
  const href = safeHref(source.url);
  const particulars = [byline, href ? linkDestination(href) : ''].filter((line) => line !== '');
  if (particulars.length > 0) header.push(particulars.map(escapeLineStart).join('\\\n'));
  header.push(`*${escapeMarkdown(summaryLine(exported))}*`);

  const parts = [...header, ...exported.paragraphs.map(paragraph).filter((text) => text !== '')];
  if (exported.notes.length > 0) parts.push(exported.notes.map((note) => footnote(`[^${note.number}]: `, note)).join('\n'));
  if (exported.unplaced.length > 0) {
    parts.push(`## ${UNPLACED_HEADING}`, escapeMarkdown(UNPLACED_EXPLANATION), exported.unplaced.map((note) => footnote('- ', note)).join('\n'));
  }
  if (exported.records.length > 0) {
    const lines = exported.records.map((record) => {
      const words = recordWords(record);
      return `- ${[words.name, words.about, words.where].filter((part) => part !== '').map(escapeMarkdown).join(' — ')}`;
    });
    parts.push(`## ${RECORDS_HEADING}`, lines.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

function paragraph(lines: TextParagraph): string {
  return lines
    .map(line)
    .filter((text) => text.trim() !== '')
    .map(escapeLineStart)
    .join('\\\n');
}

/** Notes ending together are comma-separated, so markers 1 and 2 never read as 12. */
const marker = (numbers: readonly number[]) => numbers.map((n) => `[^${n}]`).join(',');

/** Consecutive highlighted pieces make one bold run; markers inside it stay where their spans end. */
function line(pieces: Line): string {
  let out = '';
  for (let i = 0; i < pieces.length; ) {
    const piece = pieces[i]!;
    if (piece.covering.length === 0) {
      out += escapeMarkdown(piece.text) + marker(piece.endingHere);
      i++;
      continue;
    }
    let run = '';
    let last = piece;
    for (; i < pieces.length && pieces[i]!.covering.length > 0; i++) {
      last = pieces[i]!;
      run += escapeMarkdown(last.text) + (i + 1 < pieces.length && pieces[i + 1]!.covering.length > 0 ? marker(last.endingHere) : '');
    }
    out += bold(run) + marker(last.endingHere);
  }
  return out;
}

/**
 * "** words **" is not bold in CommonMark: the run's outer spaces go outside the markers.
 * Nor is "word**.x**" (a delimiter next to punctuation opens or closes only beside a space
 * or punctuation), so a run that starts or ends with punctuation is written as inline HTML,
 * which CommonMark passes through.
 */
function bold(run: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run) ?? [];
  if (core === '') return run;
  const edgy = /^[\p{P}\p{S}]|[\p{P}\p{S}]$/u.test(core);
  return edgy ? `${lead}<strong>${core}</strong>${trail}` : `${lead}**${core}**${trail}`;
}

/**
 * One footnote or list entry: quote, records, comment and tags on one line. A comment's own
 * line breaks are kept, and its paragraphs continue the entry, indented as GFM requires.
 */
function footnote(lead: string, note: AnnotationNote): string {
  const words = noteWords(note);
  const indent = ' '.repeat(Math.max(4, lead.length));
  const comment = words.comment
    ?.split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.split('\n').map((line) => escapeLineStart(escapeMarkdown(line))).join(`\\\n${indent}`))
    .join(`\n\n${indent}`);
  const rest = [words.links && escapeMarkdown(words.links), comment, words.tags && escapeMarkdown(words.tags)].filter((part) => !!part);
  return `${lead}${[escapeMarkdown(words.quote), rest.join(' ')].filter((part) => part !== '').join(' — ')}`;
}
