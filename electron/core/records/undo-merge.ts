import { ParleyError, type MergeUndo } from '../../../shared/contract';
import type { Entity, RecordStamp } from '../../../shared/model';
import type { RecordsRewrite } from '../store/records-rewrite';
import { entityIn } from './merge-entities';
import type { RecordsView } from './records-view';

export interface UndoMergeOutcome {
  survivor: Entity;
  merged: Entity;
}

/**
 * Puts every record a merge touched back as its before-image: same id, fields and
 * createdAt. Revisions do not go back: each restored record gets the revision after the
 * one it has now and a new updatedAt, because undoing is a write like any other and a
 * replica that saw the merge must see the undo as newer (ARCHITECTURE.md, "Ready for
 * teams"). The merged entity comes back without its tombstone.
 *
 * The undo is refused (`conflict`) when any of those records changed after the merge:
 * restoring its before-image would silently throw that later change away.
 *
 * notebook.json goes first (the merged entity exists again, proposals point at it), then
 * the source files re-link annotations to it: a crash in between leaves annotations linked
 * to the survivor, which still exists.
 */
export function planUndoMerge(view: RecordsView, undo: MergeUndo, now = new Date()): RecordsRewrite<UndoMergeOutcome> {
  const { survivorBefore, merged } = undo;
  if (survivorBefore.id === merged.id) throw new ParleyError('bad-request', 'That is not a merge of two entities.');
  if (view.entities.some((e) => e.id === merged.id)) {
    throw new ParleyError('conflict', `“${merged.name}” is in the notebook again, so this merge has already been undone.`);
  }
  const survivorNow = entityIn(view, survivorBefore.id);
  assertUnchangedSinceMerge(survivorNow, survivorBefore, `“${survivorNow.name}”`);

  const annotations = undo.annotationsBefore.map((before) => {
    const current = view.annotations.find((a) => a.id === before.id);
    assertUnchangedSinceMerge(current, before, `an annotation on “${before.target.quote.exact}”`);
    return restored(before, current.rev, now);
  });
  const proposals = undo.proposalsBefore.map((before) => {
    const current = view.proposals.find((p) => p.id === before.id);
    assertUnchangedSinceMerge(current, before, `the proposal “${before.title}”`);
    return restored(before, current.rev, now);
  });

  const survivor = restored(survivorBefore, survivorNow.rev, now);
  const back = restored(merged, merged.rev, now);
  return {
    annotations,
    putEntities: [survivor, back],
    removeEntities: [],
    putProposals: proposals,
    first: 'notebook',
    value: { survivor, merged: back },
  };
}

/** The merge wrote each record exactly once, so anything else means someone wrote it since. */
function assertUnchangedSinceMerge<T extends RecordStamp>(current: T | undefined, before: T, what: string): asserts current is T {
  if (current === undefined) {
    throw new ParleyError('conflict', `The merge cannot be undone: ${what} has been deleted since.`);
  }
  if (current.rev !== before.rev + 1) {
    throw new ParleyError('conflict', `The merge cannot be undone: ${what} has been changed since, and undoing would lose that change.`);
  }
}

function restored<T extends RecordStamp>(before: T, currentRev: number, now: Date): T {
  return { ...before, updatedAt: now.toISOString(), rev: currentRev + 1 };
}
