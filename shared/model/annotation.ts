import { z } from 'zod';
import { RecordId, RecordStamp } from './record';

/** W3C TextQuoteSelector: the exact words plus up to 32 characters of context each side. */
export const TextQuote = z.object({
  exact: z.string().min(1, 'an annotation needs at least one character'),
  prefix: z.string().max(32),
  suffix: z.string().max(32),
});
export type TextQuote = z.infer<typeof TextQuote>;

/** W3C TextPositionSelector in UTF-16 string indices (converted to code points on export). */
export const TextPosition = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end > p.start, 'end must be after start');
export type TextPosition = z.infer<typeof TextPosition>;

export const AnnotationTarget = z.object({ quote: TextQuote, position: TextPosition });
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;

/** How the span was found in the current version: honest about moves, fuzz and loss. */
export const AnchoringState = z.enum(['anchored', 'moved', 'fuzzy', 'orphaned']);
export type AnchoringState = z.infer<typeof AnchoringState>;

export const LinkRole = z.enum(['mention', 'term', 'status', 'position', 'quote']);
export type LinkRole = z.infer<typeof LinkRole>;

export const RecordLink = z.object({
  kind: z.enum(['entity', 'proposal']),
  recordId: RecordId,
  role: LinkRole.default('mention'),
});
export type RecordLink = z.infer<typeof RecordLink>;

export const AnnotationFields = z.object({
  links: z.array(RecordLink).default([]),
  comment: z.string().max(20_000).default(''),
  tags: z.array(z.string().trim().min(1).max(100)).default([]),
});
export type AnnotationFields = z.infer<typeof AnnotationFields>;

export const Annotation = RecordStamp.extend(AnnotationFields.shape).extend({
  sourceId: RecordId,
  /** The text version the selectors were last anchored in. */
  versionId: RecordId,
  target: AnnotationTarget,
  anchoring: AnchoringState,
});
export type Annotation = z.infer<typeof Annotation>;
