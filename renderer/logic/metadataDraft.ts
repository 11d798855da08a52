import type { PublishedDate, SourceFields, SourceMeta, TextDirection } from '../../shared/model';

export type DatePrecision = 'day' | 'month' | 'unknown';

/** The metadata form as typed: every field a string until it is saved. */
export type MetadataDraft = {
  title: string;
  outlet: string;
  authors: string;
  precision: DatePrecision;
  /** YYYY-MM-DD for a day, YYYY-MM for a month, ignored when unknown. */
  date: string;
  url: string;
  language: string;
  direction: TextDirection;
};

export type DraftField = keyof Omit<MetadataDraft, 'precision'>;
export type EditableFields = Partial<Omit<SourceFields, 'metadataConfirmed'>>;
export type DraftCheck = { fields: EditableFields; errors: Partial<Record<DraftField, string>> };

export function draftOf(meta: SourceMeta): MetadataDraft {
  return {
    title: meta.title,
    outlet: meta.outlet,
    // One name a line: a list that came from the file may hold "Surname, Given" names.
    authors: meta.authors.join(meta.authors.some((a) => a.includes(',')) ? '\n' : ', '),
    precision: meta.publishedAt?.precision ?? 'unknown',
    date: meta.publishedAt?.date ?? '',
    url: meta.url ?? '',
    language: meta.language ?? '',
    direction: meta.direction,
  };
}

/**
 * Names separated by commas, or one a line. Once there is a line break, only line breaks
 * separate, so "Haddad, Rania" on its own line stays one person.
 */
export function parseAuthors(text: string): string[] {
  const parts = text.includes('\n') ? text.split('\n') : text.split(',');
  const names = parts.map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean);
  return [...new Set(names)];
}

/** Changing the precision keeps what still fits: a day narrows to its month, a month needs a day. */
export function withPrecision(draft: MetadataDraft, precision: DatePrecision): MetadataDraft {
  const date = precision === 'month' ? draft.date.slice(0, 7) : precision === 'day' && draft.date.length === 10 ? draft.date : '';
  return { ...draft, precision, date: precision === 'unknown' ? '' : date };
}

function publishedOf(draft: MetadataDraft): PublishedDate | string {
  if (draft.precision === 'unknown') return null;
  const date = draft.date.trim();
  if (draft.precision === 'month') {
    return /^\d{4}-(0[1-9]|1[0-2])$/.test(date) ? { precision: 'month', date } : 'Enter the month as YYYY-MM, or choose “Unknown”.';
  }
  const at = new Date(`${date}T00:00:00Z`);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(date);
  return real ? { precision: 'day', date } : 'Enter a real day as YYYY-MM-DD, or choose “Month” or “Unknown”.';
}

function urlOf(text: string): string | null | { error: string } {
  const url = text.trim();
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return url;
  } catch {
    // Falls through to the same advice as a wrong scheme.
  }
  return { error: 'Enter a web address starting with http:// or https://, or leave it empty.' };
}

const sameDate = (a: PublishedDate, b: PublishedDate) => a?.precision === b?.precision && a?.date === b?.date;

/**
 * Only the fields that changed go to the engine: an untouched guess stays as it was, and
 * a field that fails here is reported before anything is sent.
 */
export function checkDraft(meta: SourceMeta, draft: MetadataDraft): DraftCheck {
  const fields: EditableFields = {};
  const errors: DraftCheck['errors'] = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'A source needs a title.';
  else if (title !== meta.title) fields.title = title;
  if (draft.outlet.trim() !== meta.outlet) fields.outlet = draft.outlet.trim();
  const authors = parseAuthors(draft.authors);
  if (authors.join('\n') !== meta.authors.join('\n')) fields.authors = authors;
  const published = publishedOf(draft);
  if (typeof published === 'string') errors.date = published;
  else if (!sameDate(published, meta.publishedAt)) fields.publishedAt = published;
  const url = urlOf(draft.url);
  if (url !== null && typeof url === 'object') errors.url = url.error;
  else if (url !== meta.url) fields.url = url;
  const language = draft.language.trim() || null;
  if (language !== meta.language) fields.language = language;
  if (draft.direction !== meta.direction) fields.direction = draft.direction;
  return { fields, errors };
}
