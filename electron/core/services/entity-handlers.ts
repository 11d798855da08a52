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
    'entities.merge': async ({ survivorId, mergedId }) => store.rewriteRecords(() => planMerge(recordsView(store), survivorId, mergedId)),
    'entities.undoMerge': async ({ undo }) => store.rewriteRecords(() => planUndoMerge(recordsView(store), undo)),
  };
}
