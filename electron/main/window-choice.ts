import { join, resolve } from 'node:path';
import { expandHome } from '../core/notebook-location';
import { SAMPLE_FOLDER_NAME } from '../core/sample';

/** What the shell knows of one window when deciding where a notebook goes. */
export interface WindowSummary {
  readonly id: number;
  /** The notebook open in it; null for the welcome (or a notebook that failed to open). */
  readonly notebookPath: string | null;
}

export type Placement =
  /** Already open there: bring that window forward instead of opening it twice. */
  | { kind: 'focus'; windowId: number }
  /** A window showing the welcome takes it, rather than leaving an empty window behind. */
  | { kind: 'in-window'; windowId: number }
  | { kind: 'new-window' };

/**
 * Where a notebook opened from the menu, the dock or a second launch goes. One notebook
 * has at most one window (its lock allows one opener anyway); the focused window is
 * preferred when it shows the welcome.
 */
export function placeNotebook(
  path: string,
  windows: readonly WindowSummary[],
  focusedId: number | null,
  platform: NodeJS.Platform = process.platform,
): Placement {
  const open = windows.find((w) => w.notebookPath !== null && samePath(w.notebookPath, path, platform));
  if (open) return { kind: 'focus', windowId: open.id };
  const empty = windows.filter((w) => w.notebookPath === null);
  const chosen = empty.find((w) => w.id === focusedId) ?? empty[0];
  return chosen ? { kind: 'in-window', windowId: chosen.id } : { kind: 'new-window' };
}

/** Is this notebook open in a window other than `windowId`? Returns that window's id. */
export function windowHolding(
  path: string,
  windows: readonly WindowSummary[],
  windowId: number,
  platform: NodeJS.Platform = process.platform,
): number | null {
  const other = windows.find((w) => w.id !== windowId && w.notebookPath !== null && samePath(w.notebookPath, path, platform));
  return other ? other.id : null;
}

/**
 * The folder a page's contract call asks to open, if any: `notebooks.open` names it and
 * `notebooks.openSample` means the sample in the notebooks folder. The request is not
 * parsed yet (dispatch does that), so anything of the wrong shape asks for nothing here.
 */
export function notebookAskedFor(
  operation: unknown,
  request: unknown,
  where: { notebooksFolder: string; home: string },
): string | null {
  if (operation === 'notebooks.openSample') return join(where.notebooksFolder, SAMPLE_FOLDER_NAME);
  if (operation !== 'notebooks.open' || typeof request !== 'object' || request === null) return null;
  const path = (request as { path?: unknown }).path;
  if (typeof path !== 'string' || path.trim() === '') return null;
  return resolve(expandHome(path.trim(), where.home));
}

/** The same folder, ignoring case where the file system does (as the recent list does). */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const key = (p: string) => {
    const trimmed = p.replace(/[\\/]+$/, '');
    return platform === 'win32' || platform === 'darwin' ? trimmed.toLowerCase() : trimmed;
  };
  return key(a) === key(b);
}
