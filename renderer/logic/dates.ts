// Published dates are formatted in shared/ so the brief exports say them the same way.
export { formatPublished, formatPublishedShort } from '../../shared/model/publishedDate';

/** An instant the app recorded (imported, edited), shown in the reader's own time zone. */
export function formatMoment(iso: string, locale?: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}
