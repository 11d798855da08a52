import type { z } from 'zod';
import { BriefMeta, Entity, Proposal, SourceMeta, type RecordKind } from '../../../shared/model';

/** The record lists notebook.json holds, by their field name in the file. */
export interface Collections {
  entities: Entity;
  proposals: Proposal;
  sources: SourceMeta;
  briefs: BriefMeta;
}
export type CollectionName = keyof Collections;

export const collectionKind: Record<CollectionName, RecordKind> = {
  entities: 'entity',
  proposals: 'proposal',
  sources: 'source',
  briefs: 'brief',
};

/** Every record is checked against its schema before it is written, whatever built it. */
export const collectionSchema: { [C in CollectionName]: z.ZodType<Collections[C]> } = {
  entities: Entity,
  proposals: Proposal,
  sources: SourceMeta,
  briefs: BriefMeta,
};
