import { z } from 'zod';
import { RecordId } from '../model';

export const SearchKind = z.enum(['source', 'annotation', 'entity', 'proposal', 'brief']);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchRequest = z.object({
  /** Words (prefix and fuzzy), "a phrase in quotes"; case and accents do not matter. */
  query: z.string().max(1000),
  kind: z.array(SearchKind).optional(),
  /** Sources (and their annotations) from this outlet only. */
  outlet: z.string().optional(),
  /** Sources published on or after / before this day (YYYY-MM-DD), and their annotations. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Annotations linking this entity or proposal, and sources holding such annotations. */
  recordId: RecordId.optional(),
  /** Annotations with this tag. */
  tag: z.string().optional(),
  limit: z.number().int().min(1).max(500).default(50),
});
export type SearchRequest = z.infer<typeof SearchRequest>;

export const SearchResult = z.object({
  kind: SearchKind,
  id: RecordId,
  title: z.string(),
  /** Where to land: the source holding the match, and the matched span of its current text. */
  sourceId: RecordId.optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  /** A short stretch around the match; `highlights` are [start, end) offsets into it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).default([]),
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchResults = z.object({ results: z.array(SearchResult), total: z.number().int().min(0) });
export type SearchResults = z.infer<typeof SearchResults>;
