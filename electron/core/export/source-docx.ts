import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun, UnderlineType, type ParagraphChild } from 'docx';
import {
  bylineParts,
  highlightLook,
  noteWords,
  RECORDS_HEADING,
  recordWords,
  summaryLine,
  UNPLACED_EXPLANATION,
  UNPLACED_HEADING,
  type AnnotatedSource,
  type AnnotationNote,
  type HighlightLook,
  type Piece,
} from '../../../shared/source-export';
import { isSafeLink } from './docx-inline';

/** The reader's tints, as Word shading fills (Word has no transparency, so pre-mixed on white). */
const FILL = { entity: 'DCEBE6', proposal: 'EBE1F0', both: 'E0E0EA', unlinked: 'F7EDCF', depth2: 'C8D3E3', depth3: 'AFBFD7' };
const LINE = { entity: '2B6F5C', proposal: '7A4B94', unlinked: 'AA8214' };

function shadingOf(look: HighlightLook) {
  if (look.depth === 3) return FILL.depth3;
  if (look.depth === 2) return FILL.depth2;
  if (look.entity && look.proposal) return FILL.both;
  return look.entity ? FILL.entity : look.proposal ? FILL.proposal : FILL.unlinked;
}

/** One line under the words per kind linked; a double line when a span links both kinds. */
function underlineOf(look: HighlightLook) {
  if (look.entity && look.proposal) return { type: UnderlineType.DOUBLE, color: LINE.entity };
  return { type: UnderlineType.SINGLE, color: look.entity ? LINE.entity : look.proposal ? LINE.proposal : LINE.unlinked };
}

function pieceRuns(exported: AnnotatedSource, piece: Piece, rightToLeft: boolean): ParagraphChild[] {
  const look = highlightLook(exported, piece);
  const text = look
    ? new TextRun({ text: piece.text, rightToLeft, shading: { fill: shadingOf(look) }, underline: underlineOf(look) })
    : new TextRun({ text: piece.text, rightToLeft });
  return [text, ...piece.endingHere.map((number) => new FootnoteReferenceRun(number))];
}

function textParagraphs(exported: AnnotatedSource): Paragraph[] {
  const rtl = exported.source.direction === 'rtl';
  return exported.paragraphs.map((lines) => {
    const children = lines.flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...line.flatMap((piece) => pieceRuns(exported, piece, rtl))]);
    return new Paragraph({ children, bidirectional: rtl });
  });
}

/** A note's words: the quote in italics, then its records, its comment (its own line breaks kept) and tags. */
function noteRuns(note: AnnotationNote): TextRun[] {
  const words = noteWords(note);
  const runs = [new TextRun({ text: words.quote, italics: true })];
  const rest = [words.links, words.comment, words.tags].filter((part) => part !== null).join(' ');
  if (rest !== '') rest.split('\n').forEach((line, i) => runs.push(new TextRun({ text: i === 0 ? ` — ${line}` : line, break: i === 0 ? 0 : 1 })));
  return runs;
}

function header(exported: AnnotatedSource): Paragraph[] {
  const { source } = exported;
  const paragraphs = [new Paragraph({ heading: HeadingLevel.TITLE, text: source.title })];
  const byline = bylineParts(source);
  if (byline.length > 0) paragraphs.push(new Paragraph({ text: byline.join(' · ') }));
  if (isSafeLink(source.url)) {
    paragraphs.push(new Paragraph({ children: [new ExternalHyperlink({ link: source.url, children: [new TextRun({ text: source.url, style: 'Hyperlink' })] })] }));
  }
  paragraphs.push(new Paragraph({ children: [new TextRun({ text: summaryLine(exported), italics: true })] }));
  return paragraphs;
}

function closingSections(exported: AnnotatedSource): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (exported.unplaced.length > 0) {
    paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: UNPLACED_HEADING }), new Paragraph({ text: UNPLACED_EXPLANATION }));
    paragraphs.push(...exported.unplaced.map((note) => new Paragraph({ bullet: { level: 0 }, children: noteRuns(note) })));
  }
  if (exported.records.length > 0) {
    paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: RECORDS_HEADING }));
    for (const record of exported.records) {
      const words = recordWords(record);
      const tail = [words.about, words.where].filter((part) => part !== '').join(' — ');
      paragraphs.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: words.name, bold: true }), new TextRun(tail ? ` — ${tail}` : '')] }));
    }
  }
  return paragraphs;
}

/**
 * An annotated source as a Word document: highlights as shaded, underlined runs coloured by
 * record kind, each span's note a real Word footnote, then the annotations that no longer
 * match the text and the records linked.
 */
export async function renderSourceDocx(exported: AnnotatedSource): Promise<Buffer> {
  // docx leaves footnote paragraphs unstyled; Word's own FootnoteText style gives them the small footnote size.
  const footnotes = Object.fromEntries(
    exported.notes.map((note) => [String(note.number), { children: [new Paragraph({ style: 'FootnoteText', children: noteRuns(note) })] }]),
  );
  const doc = new Document({
    title: exported.source.title,
    creator: 'Parley',
    footnotes,
    sections: [{ children: [...header(exported), ...textParagraphs(exported), ...closingSections(exported)] }],
  });
  return Packer.toBuffer(doc);
}
