import { ParleyError } from '../../../shared/contract';
import type { NotebookHandlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';

// STUB: filled in by the backups work (issue 10).
export function backupHandlers(_store: NotebookStore, _folder: string): Pick<NotebookHandlers, 'backups.list' | 'backups.create'> {
  return {
    'backups.list': () => Promise.reject(new ParleyError('unavailable', 'Backups are not built yet.')),
    'backups.create': () => Promise.reject(new ParleyError('unavailable', 'Backups are not built yet.')),
  };
}
