import type { PublishedDate } from './source';

/**
 * A published date says only as much as the source did: "March 2024" must not become
 * "1 March 2024". Dates are calendar days, not instants, so they are formatted in UTC
 * (formatting in local time would move "2024-03-05" to the 4th west of Greenwich).
 * Lives in shared/ because the reader and the brief exports must agree on it.
 */
export function formatPublished(published: PublishedDate, locale?: string): string {
  if (!published) return 'Date unknown';
  if (published.precision === 'month') {
    const [year, month] = published.date.split('-').map(Number);
    const at = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);
  }
  const at = new Date(`${published.date}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(at);
}

/** A short form for the navigator, where space is tight. */
export function formatPublishedShort(published: PublishedDate, locale?: string): string {
  if (!published) return '';
  const [year, month, day] = published.date.split('-').map(Number);
  const at = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    published.precision === 'month'
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}
