import { endSentence, EXPORT_LOCALE } from '../brief/references';
import { formatPublished } from '../model/publishedDate';
import type { SourceMeta } from '../model';
import type { AnnotatedSource, AnnotationNote, LinkedRecord, NoteLink } from './annotated-source';

/**
 * The words every format of the annotated source uses, as plain text; each renderer only
 * escapes and marks them up, so Markdown, HTML and Word say the same thing.
 */

export const UNPLACED_HEADING = 'Annotations that no longer match the text';
export const UNPLACED_EXPLANATION =
  'The text changed after these were made and their words could not be found again; they are listed with their last known quote.';
export const RECORDS_HEADING = 'Records linked';
export const NOTES_HEADING = 'Notes';

/** "Rami Haddad (person, mention)": who the span points to and in what role. */
export function linkPhrase(link: NoteLink): string {
  const kind = link.record.deleted ? `${link.record.kind} no longer in the notebook` : link.record.description;
  return `${link.record.name} (${kind}, ${link.role})`;
}

/** A note reads "“quote” — Linked to …. Comment. Tags: …." in every format. */
export interface NoteWords {
  /** The highlighted words, in quotation marks, on one line. */
  quote: string;
  /** The records linked, or null when the annotation links none. */
  links: string | null;
  comment: string | null;
  tags: string | null;
}

export function noteWords(note: AnnotationNote): NoteWords {
  return {
    quote: `“${note.quote.replace(/\s+/g, ' ').trim()}”`,
    links: note.links.length > 0 ? `Linked to ${note.links.map(linkPhrase).join('; ')}.` : null,
    comment: note.comment === '' ? null : endSentence(note.comment),
    tags: note.tags.length > 0 ? `Tags: ${note.tags.join(', ')}.` : null,
  };
}

/** The source's particulars under its title; parts it does not know are left out. */
export function bylineParts(source: SourceMeta): string[] {
  const authors = source.authors.length > 0 ? `By ${joinNames(source.authors)}` : '';
  const date = source.publishedAt ? formatPublished(source.publishedAt, EXPORT_LOCALE) : '';
  return [source.outlet, authors, date].filter((part) => part.trim() !== '');
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One line under the header saying what the reader is looking at. */
export function summaryLine(exported: AnnotatedSource): string {
  const spans = exported.notes.length;
  const lost = exported.unplaced.length;
  const marked = spans === 0 ? 'No passages are highlighted' : `${spans} highlighted ${spans === 1 ? 'passage' : 'passages'}, each with a numbered note`;
  const gone = lost === 0 ? '' : `; ${lost} ${lost === 1 ? 'annotation no longer matches' : 'annotations no longer match'} the text (listed at the end)`;
  return `Annotated source exported from Parley. ${marked}${gone}.`;
}

/** "Rami Haddad — person, chief mediator — notes 1, 3". */
export function recordWords(record: LinkedRecord): { name: string; about: string; where: string } {
  const about = [record.description, record.title].filter((part) => part !== '').join(', ');
  const where = [
    record.notes.length === 0 ? '' : `${record.notes.length === 1 ? 'note' : 'notes'} ${record.notes.join(', ')}`,
    record.fromUnplaced ? 'an annotation that no longer matches the text' : '',
  ].filter((part) => part !== '');
  return { name: record.name, about: record.deleted ? `${about} (no longer in the notebook)` : about, where: where.join('; ') };
}
