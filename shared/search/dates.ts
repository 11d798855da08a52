import type { PublishedDate } from '../model';

/**
 * Whether a source published on `published` falls in [from, to] (days, YYYY-MM-DD, either
 * end open). A date known only to the month counts as that whole month: it is in range if
 * any of its days is. An unknown date is outside any range.
 */
export function publishedWithin(published: PublishedDate, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (!published) return false;
  const first = published.precision === 'day' ? published.date : `${published.date}-01`;
  const last = published.precision === 'day' ? published.date : `${published.date}-${lastDayOf(published.date)}`;
  return (from === undefined || last >= from) && (to === undefined || first <= to);
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  return String(new Date(Date.UTC(year!, monthNumber!, 0)).getUTCDate()).padStart(2, '0');
}
