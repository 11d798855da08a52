import { moveRecordMentions, restoreRecordMentions, type MovedChip } from '../../../shared/brief/rechip';
import { ParleyError, type MergeUndo } from '../../../shared/contract';
import type { Brief, Entity, RichText } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';

export type BriefChipsMoved = NonNullable<MergeUndo['briefChips']>[number];

/**
 * After a merge: every brief's chips bound to the merged entity are bound to the survivor
 * and show its name, so no brief points at an entity that is gone. Runs after the merge is
 * on disk; a crash in between leaves chips of a deleted entity, which still show their
 * stored label. Gives what moved, for the undo.
 */
export async function moveChipsToSurvivor(store: NotebookStore, mergedId: string, survivor: Entity): Promise<BriefChipsMoved[]> {
  const moved: BriefChipsMoved[] = [];
  for (const { id } of store.list('briefs')) {
    let chips: MovedChip[] = [];
    await rewriteBrief(store, id, (content) => {
      const result = moveRecordMentions(content, { kind: 'entity', recordId: mergedId }, { recordId: survivor.id, label: survivor.name });
      chips = result.moved;
      return result.document;
    });
    if (chips.length > 0) moved.push({ briefId: id, chips });
  }
  return moved;
}

/** After the merge is undone (the merged entity exists again): its chips are bound to it again, with their old labels. */
export async function moveChipsBack(store: NotebookStore, moved: readonly BriefChipsMoved[], survivorId: string, merged: Entity): Promise<void> {
  const briefs = new Set(store.list('briefs').map((b) => b.id));
  for (const { briefId, chips } of moved) {
    // A brief deleted since the merge has no chips to put back.
    if (!briefs.has(briefId)) continue;
    await rewriteBrief(store, briefId, (content) => restoreRecordMentions(content, chips, { kind: 'entity', recordId: survivorId }, merged.id).document);
  }
}

const ATTEMPTS = 3;

/**
 * Rewrites one brief's document if `change` gives a new one. The write names the revision
 * the change was computed from, so an autosave landing in between is never overwritten: the
 * change is computed again from the brief as it is then.
 */
async function rewriteBrief(store: NotebookStore, briefId: string, change: (content: RichText) => unknown): Promise<Brief | null> {
  for (let attempt = 1; ; attempt += 1) {
    const brief = store.brief(briefId);
    const next = change(brief.content);
    if (next === brief.content) return null;
    try {
      return await store.updateBrief(briefId, { content: next as RichText }, brief.rev);
    } catch (error) {
      if (!(error instanceof ParleyError) || error.code !== 'conflict' || attempt >= ATTEMPTS) throw error;
    }
  }
}
