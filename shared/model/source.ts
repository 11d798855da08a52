import { z } from 'zod';
import { RecordId, RecordStamp, Timestamp } from './record';

export const SourceFormat = z.enum(['txt', 'md', 'html', 'pdf', 'docx', 'paste']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const TextDirection = z.enum(['ltr', 'rtl', 'auto']);
export type TextDirection = z.infer<typeof TextDirection>;

/** A published date as precise as the source tells it; null when unknown. */
export const PublishedDate = z
  .discriminatedUnion('precision', [
    z.object({ precision: z.literal('day'), date: z.iso.date() }),
    z.object({ precision: z.literal('month'), date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM') }),
  ])
  .nullable();
export type PublishedDate = z.infer<typeof PublishedDate>;

export const VersionReason = z.enum(['imported', 'edited', 'reimported', 'trimmed']);
export type VersionReason = z.infer<typeof VersionReason>;

/** One immutable text of a source. Annotations point into exactly one version. */
export const TextVersion = z.object({
  id: RecordId,
  text: z.string(),
  /** sha256 of the text, lowercase hex: finds identical imports. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'),
  createdAt: Timestamp,
  reason: VersionReason,
});
export type TextVersion = z.infer<typeof TextVersion>;

/** The metadata fields Parley guesses on import, each shown with how sure it is. */
export const MetadataField = z.enum(['title', 'outlet', 'authors', 'publishedAt', 'url', 'language', 'direction']);
export type MetadataField = z.infer<typeof MetadataField>;

/** How a field's value was found: 0..1 confidence and the clue it came from (e.g. "json-ld", "dateline"). */
export const FieldGuess = z.object({ confidence: z.number().min(0).max(1), from: z.string().min(1).max(100) });
export type FieldGuess = z.infer<typeof FieldGuess>;

/** Guesses still standing; a field the researcher edits or confirms leaves this map. */
export const MetadataGuesses = z.partialRecord(MetadataField, FieldGuess);
export type MetadataGuesses = z.infer<typeof MetadataGuesses>;

/** The editable description of a source, as a researcher sees it in the metadata form. */
export const SourceFields = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(1000),
  outlet: z.string().trim().max(300).default(''),
  authors: z.array(z.string().trim().min(1)).default([]),
  publishedAt: PublishedDate.default(null),
  url: z.url({ protocol: /^https?$/ }).nullable().default(null),
  language: z.string().trim().max(35).nullable().default(null),
  direction: TextDirection.default('auto'),
  /** False until the researcher has looked at the guessed metadata and confirmed it. */
  metadataConfirmed: z.boolean().default(false),
});
export type SourceFields = z.infer<typeof SourceFields>;

/** What notebook.json keeps of a source: everything but its texts and annotations. */
export const SourceMeta = RecordStamp.extend(SourceFields.shape).extend({
  importedAt: Timestamp,
  fileName: z.string().nullable(),
  format: SourceFormat,
  currentVersionId: RecordId,
  /** Hash of the current version's text, kept here so duplicates are found without opening every file. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  guesses: MetadataGuesses.default({}),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/** A source with its text versions, oldest first. */
export const Source = SourceMeta.extend({ versions: z.array(TextVersion).min(1) });
export type Source = z.infer<typeof Source>;

export function currentVersion(source: Source): TextVersion {
  const version = source.versions.find((v) => v.id === source.currentVersionId);
  if (!version) throw new Error(`source ${source.id} has no version ${source.currentVersionId}`);
  return version;
}

/** Why a stretch of text looks like outlet furniture rather than the article. */
export const BoilerplateReason = z.enum([
  'navigation',
  'share-prompt',
  'copyright',
  'photo-credit',
  'caption',
  'author-bio',
  'newsletter',
  'related-links',
  'advertisement',
  'comments',
]);
export type BoilerplateReason = z.infer<typeof BoilerplateReason>;

/** A proposed trim: [start, end) in the current text, whole lines or paragraphs. */
export const BoilerplateSpan = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string(),
  reason: BoilerplateReason,
});
export type BoilerplateSpan = z.infer<typeof BoilerplateSpan>;
