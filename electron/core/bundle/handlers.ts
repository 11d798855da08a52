import { ParleyError } from '../../../shared/contract';
import type { NotebookHandlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

// STUB: filled in by the bundle work (issue 10).
export function bundleHandlers(_store: NotebookStore, _folder: string): Pick<NotebookHandlers, 'notebook.exportBundle'> {
  return {
    'notebook.exportBundle': () => Promise.reject(new ParleyError('unavailable', 'Bundles are not built yet.')),
  };
}
