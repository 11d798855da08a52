import { dialog } from 'electron';
import { join } from 'node:path';
import type { AppCommand } from '../../shared/app-commands';
import { SAMPLE_FOLDER_NAME } from '../core/sample';
import { bringForward } from './desktop-window';
import { chosenFolder, folderDialogOptions, titleOfFolder, type FolderPurpose } from './folder-dialog';
import { importIntoFocused } from './import-files';
import { isEmptyRequest, type LaunchRequest } from './launch-request';
import type { NotebookWindows } from './notebook-windows';
import { startupErrorMessage } from './startup-error';

export interface ShellCommandsOptions {
  readonly windows: NotebookWindows;
  readonly notebooksFolder: string;
  readonly logError: (error: unknown, context: string) => void;
}

/**
 * What the shell does itself rather than the page: the notebook dialogs, opening a
 * notebook in its own window, and what a second launch or the system hands over.
 */
export function shellCommands({ windows, notebooksFolder, logError }: ShellCommandsOptions) {
  async function chooseFolder(purpose: FolderPurpose): Promise<string | null> {
    const options = folderDialogOptions(purpose, notebooksFolder);
    const parent = windows.focused()?.window;
    return chosenFolder(await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)));
  }

  /** New, Open, Open Recent and the sample, from the menu: each notebook in its own window. */
  async function runInShell(command: AppCommand): Promise<void> {
    if (command.id === 'open-recent') return windows.openNotebook(command.path, (s) => s.open(command.path));
    if (command.id === 'open-sample') {
      return windows.openNotebook(join(notebooksFolder, SAMPLE_FOLDER_NAME), (s) => s.handlers['notebooks.openSample']({}));
    }
    const purpose: FolderPurpose = command.id === 'new-notebook' ? 'create' : 'open';
    const path = await chooseFolder(purpose);
    if (path === null) return;
    if (purpose === 'create') return windows.openNotebook(path, (s) => s.open(path, { create: true, title: titleOfFolder(path) }));
    return windows.openNotebook(path, (s) => s.handlers['notebooks.open']({ path }));
  }

  /** A second launch or a file from the system: open what it names, else come forward. */
  async function handleRequest(request: LaunchRequest, comeForward: boolean): Promise<void> {
    try {
      if (isEmptyRequest(request) && comeForward) {
        const front = windows.focused();
        if (front) bringForward(front.window);
        else await windows.launch();
      }
      for (const path of request.notebooks) await windows.openNotebook(path, (s) => s.open(path, { create: true }));
      if (request.imports.length > 0) await importIntoFocused(windows, request.imports, logError);
    } catch (error) {
      logError(error, 'opening what Parley was asked to open');
      dialog.showErrorBox('Parley could not open that', startupErrorMessage(error).replace(/\n\nParley will close now.*$/s, ''));
    }
  }

  return { chooseFolder, runInShell, handleRequest };
}
