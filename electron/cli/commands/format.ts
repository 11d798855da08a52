import type { PublishedDate } from '../../../shared/model';

export function formatPublished(date: PublishedDate): string {
  return date ? date.date : '';
}

/** A quote on one terminal line: a name broken across lines in the source reads as one. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
