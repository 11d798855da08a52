import { newStamp } from '../../../shared/model';
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
    'proposals.create': async (fields) => store.insert('proposals', { ...newStamp(), ...fields }),
    'proposals.update': async ({ id, fields, rev }) => store.update('proposals', id, fields, rev),
    'proposals.delete': async ({ id }) => {
      await store.remove('proposals', id);
      return { id };
    },
  };
}
