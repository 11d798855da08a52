import type { OpenDialogOptions } from 'electron';

export type FolderPurpose = 'open' | 'create';

/**
 * The system's folder dialog for a notebook. A notebook is a folder, so both purposes pick
 * a directory; creating one may make a new folder on the way (macOS and Linux offer a
 * button for that, Windows lets the person type a name that does not exist yet).
 */
export function folderDialogOptions(purpose: FolderPurpose, notebooksFolder: string): OpenDialogOptions {
  if (purpose === 'create') {
    return {
      title: 'New Notebook',
      message: 'Choose or make an empty folder for the new notebook.',
      buttonLabel: 'Create Notebook Here',
      defaultPath: notebooksFolder,
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    };
  }
  return {
    title: 'Open Notebook',
    message: 'Choose a notebook’s folder (its name usually ends in .parley).',
    buttonLabel: 'Open Notebook',
    defaultPath: notebooksFolder,
    properties: ['openDirectory', 'createDirectory'],
  };
}

/** The chosen folder, or null when the person cancelled. */
export function chosenFolder(result: { canceled: boolean; filePaths: readonly string[] }): string | null {
  const [path] = result.filePaths;
  return result.canceled || path === undefined || path.trim() === '' ? null : path;
}

/** A new notebook's title: its folder's name, without the ".parley" the app adds to folders. */
export function titleOfFolder(path: string): string {
  const name = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  return name.replace(/\.parley$/i, '').trim() || 'Notebook';
}
