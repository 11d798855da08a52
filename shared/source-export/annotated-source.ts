import { describeRecord, type MentionedRecord } from '../brief/references';
import type { Annotation, Entity, LinkRole, Proposal, SourceMeta } from '../model';
import { layoutText, type PlacedSpan, type TextParagraph } from './layout';

/**
 * One source ready to export with its annotations: the text laid out with numbered
 * highlights, one note per placed annotation, the annotations that cannot be placed, and
 * every record linked. Markdown, HTML and DOCX all render this, so they number alike.
 */

export interface SourceExportInput {
  source: SourceMeta;
  /** The current text version: its id and its text. */
  version: { id: string; text: string };
  annotations: readonly Annotation[];
  entities: ReadonlyMap<string, Entity>;
  proposals: ReadonlyMap<string, Proposal>;
}

export interface NoteLink {
  record: MentionedRecord;
  role: LinkRole;
}

/** What a footnote (or an entry in the unplaced list) says about one annotation. */
export interface AnnotationNote {
  annotation: Annotation;
  /** The words highlighted now; for an unplaced annotation, its last known quote. */
  quote: string;
  links: NoteLink[];
  comment: string;
  tags: string[];
}

export interface SpanNote extends AnnotationNote {
  number: number;
}

export interface LinkedRecord extends MentionedRecord {
  /** The entity's title or role ("chief mediator"), when it has one. */
  title: string;
  /** The notes whose spans link to it. */
  notes: number[];
  /** Linked from an annotation that no longer matches the text. */
  fromUnplaced: boolean;
}

export interface AnnotatedSource {
  source: SourceMeta;
  paragraphs: TextParagraph[];
  notes: SpanNote[];
  unplaced: AnnotationNote[];
  records: LinkedRecord[];
}

/**
 * Where an annotation sits in this text, if it still matches it. The store re-anchors every
 * annotation when the text changes, so a span from another version, outside the text or
 * over other words means the annotation is lost here, whatever its state says.
 */
function spanIn(input: SourceExportInput, annotation: Annotation): { start: number; end: number } | null {
  if (annotation.anchoring === 'orphaned' || annotation.versionId !== input.version.id) return null;
  const { start, end } = annotation.target.position;
  const text = input.version.text;
  if (start < 0 || end > text.length || end <= start || text.slice(start, end) !== annotation.target.quote.exact) return null;
  // Spaces at the edges would be highlighted and push the marker off the last word.
  const words = text.slice(start, end);
  const lead = words.length - words.trimStart().length;
  const trail = words.length - words.trimEnd().length;
  return lead + trail < words.length ? { start: start + lead, end: end - trail } : { start, end };
}

function numbered(placed: ReadonlyArray<{ start: number; end: number }>): PlacedSpan[] {
  return placed.map((p, i) => ({ number: i + 1, start: p.start, end: p.end }));
}

function noteOf(input: SourceExportInput, annotation: Annotation, quote: string): AnnotationNote {
  const context = { title: '', annotations: new Map(), sources: new Map(), entities: input.entities, proposals: input.proposals };
  const links = annotation.links.map((link) => ({
    record: describeRecord({ type: 'record-mention', kind: link.kind, recordId: link.recordId, label: `Deleted ${link.kind}` }, context),
    role: link.role,
  }));
  return { annotation, quote, links, comment: annotation.comment.trim(), tags: annotation.tags };
}

export function annotateSource(input: SourceExportInput): AnnotatedSource {
  let placed: Array<{ annotation: Annotation; start: number; end: number }> = [];
  const lost: Annotation[] = [];
  for (const annotation of input.annotations) {
    const span = spanIn(input, annotation);
    if (span) placed.push({ annotation, ...span });
    else lost.push(annotation);
  }
  // Numbered by where each span ends, so the markers a reader meets always count up.
  placed.sort((a, b) => a.end - b.end || a.start - b.start || a.annotation.createdAt.localeCompare(b.annotation.createdAt));
  let layout = layoutText(input.version.text, numbered(placed));
  if (layout.unplaced.length > 0) {
    // Only blank space between paragraphs: nothing to highlight, so it joins the lost ones, and the rest are numbered again.
    const hidden = new Set(layout.unplaced);
    lost.push(...placed.filter((_, i) => hidden.has(i + 1)).map((p) => p.annotation));
    placed = placed.filter((_, i) => !hidden.has(i + 1));
    layout = layoutText(input.version.text, numbered(placed));
  }
  const notes = placed.map((p, i) => ({ ...noteOf(input, p.annotation, input.version.text.slice(p.start, p.end)), number: i + 1 }));
  const unplaced = lost
    .sort((a, b) => a.target.position.start - b.target.position.start)
    .map((annotation) => noteOf(input, annotation, annotation.target.quote.exact));
  const paragraphs = withoutRepeatedHeadline(layout.paragraphs, input.source.title);
  return { source: input.source, paragraphs, notes, unplaced, records: linkedRecords(input, notes, unplaced) };
}

/**
 * Import takes the title from the text's first line and the text keeps it. The export's
 * header already shows the title, so, as in the reader, a first paragraph that only repeats
 * it is left out, unless a highlight sits on it.
 */
function withoutRepeatedHeadline(paragraphs: TextParagraph[], title: string): TextParagraph[] {
  const [first, ...rest] = paragraphs;
  if (!first || first.length !== 1) return paragraphs;
  const pieces = first[0]!;
  const plain = pieces.every((piece) => piece.covering.length === 0);
  const words = pieces.map((piece) => piece.text).join('').trim().replace(/^#{1,6}\s+/, '');
  return plain && words === title.trim() ? rest : paragraphs;
}

/** Each record once, in the order the reader first meets it. */
function linkedRecords(input: SourceExportInput, notes: readonly SpanNote[], unplaced: readonly AnnotationNote[]): LinkedRecord[] {
  const records = new Map<string, LinkedRecord>();
  const visit = (note: AnnotationNote, number: number | null) => {
    for (const { record } of note.links) {
      const key = `${record.kind}:${record.recordId}`;
      const entry = records.get(key) ?? { ...record, title: titleOf(input, record), notes: [], fromUnplaced: false };
      if (number === null) entry.fromUnplaced = true;
      else if (!entry.notes.includes(number)) entry.notes.push(number);
      records.set(key, entry);
    }
  };
  for (const note of notes) visit(note, note.number);
  for (const note of unplaced) visit(note, null);
  return [...records.values()];
}

function titleOf(input: SourceExportInput, record: MentionedRecord): string {
  return record.kind === 'entity' ? (input.entities.get(record.recordId)?.title.trim() ?? '') : '';
}
