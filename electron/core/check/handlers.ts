import type { NotebookHandlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';
import { checkNotebook } from './check-notebook';

/** The check of the open notebook, run while no change is under way so it sees one state. */
export function checkHandlers(store: NotebookStore, folder: string): Pick<NotebookHandlers, 'notebook.check'> {
  return {
    'notebook.check': ({ repair }) => store.whileQuiet(() => checkNotebook(folder, { repair })),
  };
}
