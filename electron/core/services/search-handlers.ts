import { ParleyError } from '../../../shared/contract';
import type { Handlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

// TODO(issue 8): the search index.
export function searchHandlers(_store: NotebookStore): Pick<Handlers, 'search.query'> {
  return {
    'search.query': async () => {
      throw new ParleyError('unavailable', 'Search is not built yet.');
    },
  };
}
