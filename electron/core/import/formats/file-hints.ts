import { MetadataHint } from '../../../../shared/import/hints';
import type { PublishedDate } from '../../../../shared/model';

type Field = MetadataHint['field'];
type ValueOf<F extends Field> = Extract<MetadataHint, { field: F }>['value'];

/**
 * Collects what a file says about its own metadata. Every clue is checked against the
 * `MetadataHint` schema as it is added: a file is untrusted input, so a "URL" of
 * `javascript:…` or an empty author simply never becomes a hint.
 */
export class FileHints {
  readonly list: MetadataHint[] = [];

  add<F extends Field>(field: F, value: ValueOf<F> | null | undefined, confidence: number, from: string): void {
    if (value === null || value === undefined) return;
    const parsed = MetadataHint.safeParse({ field, value, confidence, from });
    if (!parsed.success) return;
    const same = this.list.some(
      (h) => h.field === parsed.data.field && h.from === parsed.data.from && JSON.stringify(h.value) === JSON.stringify(parsed.data.value),
    );
    if (!same) this.list.push(parsed.data);
  }
}

/** Collapses the whitespace of a metadata string; null when nothing is left or it is absurdly long. */
export function cleanField(value: string | null | undefined, maxLength = 1000): string | null {
  if (typeof value !== 'string') return null;
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean && clean.length <= maxLength ? clean : null;
}

/**
 * The calendar date a timestamp was written with: "2025-03-14T23:30:00-05:00" is the 14th,
 * the day the outlet printed, not the 15th it already was in UTC. Only the leading
 * YYYY-MM-DD or YYYY-MM is read, and it must be a real date.
 */
export function publishedDateOf(value: string | null | undefined): PublishedDate {
  const match = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string, string | undefined];
  return calendarDate(year, month, day);
}

/** A published date from its digits, as precise as they go; null when no such day exists. */
export function calendarDate(year: string, month: string, day: string | undefined): PublishedDate {
  if (Number(month) < 1 || Number(month) > 12) return null;
  if (day === undefined) return { precision: 'month', date: `${year}-${month}` };
  const date = `${year}-${month}-${day}`;
  const real = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(real.getTime()) && real.toISOString().startsWith(date) ? { precision: 'day', date } : null;
}

/**
 * Names in one author field: "Lena Brandt and Omar Haddad", "Lena Brandt; Omar Haddad". A
 * comma splits only when every part is a full name, because "Brandt, Lena" is one person.
 */
export function authorNames(value: string | null | undefined): string[] {
  const field = cleanField(value, 500)?.replace(/^by\s+/i, '');
  if (!field || /^https?:\/\//i.test(field)) return [];
  const parts = field.split(/\s*(?:;|&|\band\b)\s*/i).flatMap((part) => {
    const byComma = part.split(/\s*,\s*/);
    return byComma.length > 1 && byComma.every((name) => /\S\s+\S/.test(name)) ? byComma : [part];
  });
  return parts.map((part) => part.trim()).filter((part) => part.length > 0 && part.length <= 200);
}

/** Document-property titles that name the file or the template, not the article. */
export function meaningfulTitle(title: string | null): string | null {
  if (!title) return null;
  if (/^(?:untitled|document\d*|title|microsoft word\b.*)$/i.test(title)) return null;
  if (/\.(?:docx?|odt|rtf|pdf|indd|pages|txt|html?)$/i.test(title)) return null;
  return title;
}
