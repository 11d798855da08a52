import { ParleyError } from '../../../shared/contract';
import type { NotebookHandlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

// STUB: filled in by the check work (issue 10).
export function checkHandlers(_store: NotebookStore, _folder: string): Pick<NotebookHandlers, 'notebook.check'> {
  return {
    'notebook.check': () => Promise.reject(new ParleyError('unavailable', 'The check is not built yet.')),
  };
}
