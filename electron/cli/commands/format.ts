import type { PublishedDate } from '../../../shared/model';

export function formatPublished(date: PublishedDate): string {
  return date ? date.date : '';
}
