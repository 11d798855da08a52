import { z } from 'zod';
import { RecordId, RecordStamp } from './record';
import { RichText } from './entity';

export const BriefFields = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(1000),
});
export type BriefFields = z.infer<typeof BriefFields>;

/** What notebook.json keeps of a brief; its document lives in briefs/<id>.json. */
export const BriefMeta = RecordStamp.extend(BriefFields.shape);
export type BriefMeta = z.infer<typeof BriefMeta>;

/** A brief with its Lexical document (null until the first edit). */
export const Brief = BriefMeta.extend({ content: RichText });
export type Brief = z.infer<typeof Brief>;

export const BriefFile = z.object({
  schemaVersion: z.number().int(),
  briefId: RecordId,
  content: RichText,
});
export type BriefFile = z.infer<typeof BriefFile>;
