import { moveChipsBack, moveChipsToSurvivor } from '../briefs/brief-chips';
import type { Handlers } from '../dispatch';
import { deleteImpact, planDeleteEntity } from '../records/delete-entity';
import { planMerge } from '../records/merge-entities';
import { recordsView } from '../records/records-view';
import { planUndoMerge } from '../records/undo-merge';
import type { NotebookStore } from '../store/notebook-store';

type EntityHandlers = Pick<Handlers, 'entities.delete' | 'entities.deleteImpact' | 'entities.merge' | 'entities.undoMerge'>;

/** Entity changes that reach into other records: annotations' links and proposals' references. */
export function entityHandlers(store: NotebookStore): EntityHandlers {
  return {
    'entities.deleteImpact': async ({ id }) => deleteImpact(recordsView(store), id),
    'entities.delete': async ({ id }) => store.rewriteRecords(() => planDeleteEntity(recordsView(store), id)),
    // Briefs follow the records: chips of the merged entity name the survivor, and come back on undo.
    'entities.merge': async ({ survivorId, mergedId }) => {
      const { survivor, undo } = await store.rewriteRecords(() => planMerge(recordsView(store), survivorId, mergedId));
      return { survivor, undo: { ...undo, briefChips: await moveChipsToSurvivor(store, mergedId, survivor) } };
    },
    'entities.undoMerge': async ({ undo }) => {
      const outcome = await store.rewriteRecords(() => planUndoMerge(recordsView(store), undo));
      await moveChipsBack(store, undo.briefChips ?? [], outcome.survivor.id, outcome.merged);
      return outcome;
    },
  };
}
