import { z } from 'zod';
import { RecordId, Timestamp, Tombstone } from './record';
import { SourceMeta, TextVersion } from './source';
import { Entity } from './entity';
import { Proposal } from './proposal';
import { Annotation } from './annotation';
import { BriefMeta } from './brief';

/** Bump when a file's shape changes, and add a step to `migrations.ts`. */
export const SCHEMA_VERSION = 1;

/** notebook.json: the records that are small and read together. */
export const NotebookFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: RecordId,
  title: z.string().trim().min(1),
  createdAt: Timestamp,
  sources: z.array(SourceMeta),
  entities: z.array(Entity),
  proposals: z.array(Proposal),
  briefs: z.array(BriefMeta),
  tombstones: z.array(Tombstone),
});
export type NotebookFile = z.infer<typeof NotebookFile>;

/** sources/<id>.json: one source's text versions and the annotations on it. */
export const SourceFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sourceId: RecordId,
  versions: z.array(TextVersion).min(1),
  annotations: z.array(Annotation),
  tombstones: z.array(Tombstone),
});
export type SourceFile = z.infer<typeof SourceFile>;
