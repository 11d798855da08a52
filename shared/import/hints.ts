import { z } from 'zod';
import { PublishedDate, SourceFields } from '../model';

const Clue = { confidence: z.number().min(0).max(1), from: z.string().min(1).max(100) };
const Day = PublishedDate.unwrap();

/**
 * One clue about a source's metadata, from the file (HTML meta, JSON-LD, PDF info, DOCX core
 * properties) or from the text (a dateline, a byline, a trailing credit). Several clues may
 * name the same field; `mergeHints` keeps the most confident.
 */
export const MetadataHint = z.discriminatedUnion('field', [
  z.object({ field: z.literal('title'), value: SourceFields.shape.title, ...Clue }),
  z.object({ field: z.literal('outlet'), value: z.string().trim().min(1).max(300), ...Clue }),
  z.object({ field: z.literal('authors'), value: z.array(z.string().trim().min(1)).min(1), ...Clue }),
  z.object({ field: z.literal('publishedAt'), value: Day, ...Clue }),
  z.object({ field: z.literal('url'), value: z.url({ protocol: /^https?$/ }), ...Clue }),
  z.object({ field: z.literal('language'), value: z.string().trim().min(2).max(35), ...Clue }),
  z.object({ field: z.literal('direction'), value: z.enum(['ltr', 'rtl']), ...Clue }),
]);
export type MetadataHint = z.infer<typeof MetadataHint>;
