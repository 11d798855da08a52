import { Entity, Proposal, type Annotation, type NotebookFile } from '../../../shared/model';
import { tombstoneOf } from './records';

/**
 * One change that touches records in several files at once (merge, its undo, a delete that
 * unlinks, linking many mentions), planned from the state it applies to.
 */
export interface RecordsRewrite<T> {
  /** Annotations as they must be stored: each replaces the one with its id, or is added. */
  annotations: Annotation[];
  /** Entities written as given (replacing or put back, losing any tombstone). */
  putEntities: Entity[];
  /** Entities deleted, each leaving a tombstone. */
  removeEntities: string[];
  /** Proposals written as given, replacing the ones with their ids. */
  putProposals: Proposal[];
  /**
   * Which side goes to disk first. Choose it so that a crash between the two writes leaves
   * no link to a record that is not there: links move away from a record before it goes,
   * and a record comes back before links point at it again.
   */
  first: 'sources' | 'notebook';
  value: T;
}

export function touchesNotebook(rewrite: RecordsRewrite<unknown>): boolean {
  return rewrite.putEntities.length + rewrite.removeEntities.length + rewrite.putProposals.length > 0;
}

/** notebook.json with the rewrite's entities and proposals in place, each checked against its schema. */
export function rewriteNotebook(file: NotebookFile, rewrite: RecordsRewrite<unknown>, now: Date = new Date()): NotebookFile {
  const removed = new Set(rewrite.removeEntities);
  const put = new Map(rewrite.putEntities.map((e) => [e.id, Entity.parse(e)]));
  const entities = file.entities.filter((e) => !removed.has(e.id)).map((e) => put.get(e.id) ?? e);
  const present = new Set(entities.map((e) => e.id));
  const comingBack = [...put.values()].filter((e) => !present.has(e.id));

  const proposals = new Map(rewrite.putProposals.map((p) => [p.id, Proposal.parse(p)]));
  const back = new Set(comingBack.map((e) => e.id));
  return {
    ...file,
    entities: [...entities, ...comingBack],
    proposals: file.proposals.map((p) => proposals.get(p.id) ?? p),
    tombstones: [
      ...file.tombstones.filter((t) => !back.has(t.id)),
      ...rewrite.removeEntities.map((id) => tombstoneOf('entity', id, now)),
    ],
  };
}

/** The annotations grouped by the source file they live in, in first-seen order. */
export function bySource(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const group = groups.get(annotation.sourceId) ?? [];
    group.push(annotation);
    groups.set(annotation.sourceId, group);
  }
  return groups;
}
