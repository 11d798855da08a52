import { newStamp, Proposal } from '../../../shared/model';
import { assertProposalReferences } from '../records/proposal-references';
import { assertRev, revise } from '../store/records';
import type { Handlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

type RecordHandlers = Pick<
  Handlers,
  | 'entities.list'
  | 'entities.get'
  | 'entities.create'
  | 'entities.update'
  | 'proposals.list'
  | 'proposals.get'
  | 'proposals.create'
  | 'proposals.update'
  | 'proposals.delete'
>;

/** Entities and proposals: plain records in notebook.json, alike in everything but shape (deleting an entity is in entity-handlers). */
export function recordHandlers(store: NotebookStore): RecordHandlers {
  return {
    'entities.list': async () => [...store.list('entities')],
    'entities.get': async ({ id }) => store.get('entities', id),
    'entities.create': async (fields) => store.insert('entities', { ...newStamp(), ...fields }),
    'entities.update': async ({ id, fields, rev }) => store.update('entities', id, fields, rev),

    'proposals.list': async () => [...store.list('proposals')],
    'proposals.get': async ({ id }) => store.get('proposals', id),
    'proposals.create': async (fields) => {
      assertProposalReferences(store, fields);
      return store.insert('proposals', { ...newStamp(), ...fields });
    },
    // Checked inside the queue, against the proposal as it is when the write happens.
    'proposals.update': async ({ id, fields, rev }) =>
      store.rewriteRecords(() => {
        const current = store.get('proposals', id);
        assertRev(current, rev, 'proposal');
        const next = revise(current, fields);
        assertProposalReferences(store, next, current);
        return { annotations: [], putEntities: [], removeEntities: [], putProposals: [next], first: 'notebook', value: Proposal.parse(next) };
      }),
    'proposals.delete': async ({ id }) => {
      await store.remove('proposals', id);
      return { id };
    },
  };
}
