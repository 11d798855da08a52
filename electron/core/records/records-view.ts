import type { Annotation, Entity, Proposal } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';

/** The records a change across the notebook reads: a snapshot, taken inside the store's queue. */
export interface RecordsView {
  entities: readonly Entity[];
  proposals: readonly Proposal[];
  /** Every source's annotations, source by source in notebook order. */
  annotations: readonly Annotation[];
}

export function recordsView(store: NotebookStore): RecordsView {
  return {
    entities: store.list('entities'),
    proposals: store.list('proposals'),
    annotations: store.list('sources').flatMap((s) => store.sourceAnnotations(s.id)),
  };
}
