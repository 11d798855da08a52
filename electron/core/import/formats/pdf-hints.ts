import type { PublishedDate } from '../../../../shared/model';
import { authorNames, calendarDate, cleanField, FileHints, meaningfulTitle } from './file-hints';

/**
 * PDF Info is filled by whatever program made the file: often the word processor's file
 * name as Title, the typist's account as Author, and the day the PDF was printed as its
 * CreationDate. Hence the low confidences: a clue for the form, to be confirmed.
 */
const trust = { title: 0.4, authors: 0.35, created: 0.3, language: 0.5 };

export function hintsOfPdfInfo(info: unknown): FileHints['list'] {
  const hints = new FileHints();
  if (typeof info !== 'object' || info === null) return hints.list;
  const field = (key: string) => {
    const value = (info as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : null;
  };
  hints.add('title', meaningfulTitle(cleanField(field('Title'))), trust.title, 'pdf-info');
  const authors = authorNames(field('Author'));
  if (authors.length > 0) hints.add('authors', authors, trust.authors, 'pdf-info');
  hints.add('publishedAt', pdfDate(field('CreationDate')), trust.created, 'pdf-info');
  hints.add('language', cleanField(field('Language'), 35), trust.language, 'pdf-info');
  return hints.list;
}

/** "D:20250314093000+02'00'" → 14 March 2025, the date as the file wrote it; year-only dates say too little. */
export function pdfDate(value: string | null): PublishedDate {
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})?/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string, string | undefined];
  return calendarDate(year, month, day);
}
