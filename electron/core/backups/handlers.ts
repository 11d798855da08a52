import type { NotebookHandlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';
import { backUp, listBackups } from './index';

export function backupHandlers(store: NotebookStore, folder: string): Pick<NotebookHandlers, 'backups.list' | 'backups.create'> {
  return {
    'backups.list': () => listBackups(folder),
    'backups.create': () => backUp(store, 'manual'),
  };
}
