import { z } from 'zod';
import { Name, RecordId, RecordStamp } from './record';

export const EntityKind = z.enum(['person', 'organisation', 'place', 'country', 'group', 'other']);
export type EntityKind = z.infer<typeof EntityKind>;

/** Lexical's serialized editor state; its shape belongs to the editor, not to the store. */
export const RichText = z.record(z.string(), z.unknown()).nullable();
export type RichText = z.infer<typeof RichText>;

export const EntityFields = z.object({
  kind: EntityKind.default('person'),
  name: Name,
  /** Other names seen in sources: short forms, transliterations, misspellings. */
  aliases: z.array(Name).default([]),
  title: z.string().trim().max(500).default(''),
  description: z.string().max(20_000).default(''),
  notes: RichText.default(null),
  /** Unlinked mentions the researcher said are not this entity; remembered per span. */
  ignoredMentions: z.array(z.object({ sourceId: RecordId, start: z.number().int().min(0), text: z.string() })).default([]),
  /** Near-miss spellings the researcher said are someone else, e.g. "Hadad" for "Haddad". */
  ignoredNames: z.array(z.string()).default([]),
});
export type EntityFields = z.infer<typeof EntityFields>;

export const Entity = RecordStamp.extend(EntityFields.shape);
export type Entity = z.infer<typeof Entity>;
