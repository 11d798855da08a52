import type { Handlers } from '../dispatch';
import { SearchEngine } from '../search/engine';
import { runQuery } from '../search/run-query';
import type { NotebookStore } from '../store/notebook-store';

/** Full-text search over the notebook; the index is read or built on the first search, not on open. */
export function searchHandlers(store: NotebookStore): Pick<Handlers, 'search.query'> {
  const engine = new SearchEngine(store);
  return {
    'search.query': async (request) => runQuery(await engine.current(), request),
  };
}
