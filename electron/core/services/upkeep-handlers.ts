import type { NotebookHandlers } from '../dispatch';
import type { NotebookStore } from '../store/notebook-store';
import { backupHandlers } from '../backups/handlers';
import { checkHandlers } from '../check/handlers';
import { bundleHandlers } from '../bundle/handlers';

/** Keeping the open notebook safe: its backups, its check, its bundle. */
export function upkeepHandlers(
  store: NotebookStore,
  folder: string,
): Pick<NotebookHandlers, 'backups.list' | 'backups.create' | 'notebook.check' | 'notebook.exportBundle'> {
  return { ...backupHandlers(store, folder), ...checkHandlers(store, folder), ...bundleHandlers(store, folder) };
}
