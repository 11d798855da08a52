import { dialog } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dispatch } from '../core/dispatch';
import { bringForward } from './desktop-window';
import type { NotebookWindows } from './notebook-windows';

/**
 * Files handed to Parley by a second launch or the system (not dropped on a window; the
 * page imports those itself) go into the notebook in front, through the same contract
 * operation the page uses. The page then restarts to show them, and the person hears of
 * any file that could not be imported.
 */
export async function importIntoFocused(
  windows: NotebookWindows,
  paths: readonly string[],
  logError: (error: unknown, context: string) => void,
): Promise<void> {
  const target = windows.withNotebook();
  if (!target) throw new Error('Open a notebook first, then open the files with Parley again.');
  const problems: string[] = [];
  for (const path of paths) {
    const name = basename(path);
    try {
      const data = await readFile(path);
      const result = await dispatch(
        target.session.handlers,
        'sources.importFile',
        { fileName: name, dataBase64: data.toString('base64') },
        (error, operation) => logError(error, `Unexpected error during ${operation}`),
      );
      if (!result.ok) problems.push(`${name}: ${result.error.message}`);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  target.window.webContents.reload();
  bringForward(target.window);
  if (problems.length > 0) dialog.showErrorBox('Some files could not be imported', problems.join('\n'));
}
