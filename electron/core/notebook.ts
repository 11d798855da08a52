import { mkdir, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ParleyError } from '../../shared/contract';
import { scheduleBackups, type BackupTiming } from './backups';
import type { NotebookHandlers } from './dispatch';
import { printPdfWithChromium, type PrintPdf } from './export/pdf';
import { createHandlers } from './services';
import { isErrno, pathExists, reason } from './store/durable-file';
import { layout, looksEmpty, removeLeftoverTempFiles } from './store/layout';
import { acquireLock, type NotebookLock } from './store/lock';
import { NotebookStore } from './store/notebook-store';

export interface OpenNotebook {
  readonly path: string;
  readonly handlers: NotebookHandlers;
  /** The engine's store, for the app around the notebook (backups, check). */
  readonly store: NotebookStore;
  close(): Promise<void>;
}

/**
 * Opens the notebook folder at `path` for this process alone, creating it when asked.
 * Every door (desktop, browser host, CLI, tests) comes through here.
 */
export interface OpenOptions {
  create?: boolean;
  title?: string;
  /** How PDF exports are printed; the system Chromium unless the desktop shell brings its own. */
  printPdf?: PrintPdf;
  /** When backups are taken (on open, then after editing every few minutes); false for none. */
  backups?: BackupTiming | false;
}

export async function openNotebook(path: string, options: OpenOptions = {}): Promise<OpenNotebook> {
  const folder = resolve(path);
  if (!(await isFolder(folder))) {
    if (!options.create) throw new ParleyError('not-found', `There is no Parley notebook at ${folder}.`);
    await mkdir(folder, { recursive: true });
  }

  // Lock before reading anything: another writer could be halfway through its changes.
  const lock = await acquireLock(folder);
  try {
    const store = await openOrCreate(folder, options);
    if (options.backups !== false) scheduleBackups(store, options.backups);
    return handle(folder, store, lock, options.printPdf ?? printPdfWithChromium);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openOrCreate(folder: string, options: { create?: boolean; title?: string }): Promise<NotebookStore> {
  await removeLeftoverTempFiles(folder);
  if (await pathExists(layout.notebookFile(folder))) return NotebookStore.open(folder);
  if (!options.create) {
    throw new ParleyError('not-found', `${folder} is not a Parley notebook (it has no notebook.json).`);
  }
  // Never scatter notebook files among someone's documents.
  if (!(await looksEmpty(folder))) {
    throw new ParleyError(
      'bad-request',
      `${folder} already holds other files and is not a Parley notebook. Choose an empty folder or a new name.`,
    );
  }
  return NotebookStore.create(folder, options.title?.trim() || defaultTitle(folder));
}

function handle(folder: string, store: NotebookStore, lock: NotebookLock, printPdf: PrintPdf): OpenNotebook {
  let closing: Promise<void> | undefined;
  return {
    path: folder,
    store,
    handlers: createHandlers(store, folder, { printPdf }),
    close() {
      closing ??= store.close().finally(() => lock.release());
      return closing;
    },
  };
}

/** "Ceasefire talks.parley" is shown as "Ceasefire talks". */
export function defaultTitle(folder: string): string {
  return basename(folder).replace(/\.parley$/i, '').trim() || 'Notebook';
}

async function isFolder(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) throw new ParleyError('bad-request', `${path} is a file, not a notebook folder.`);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    if (error instanceof ParleyError) throw error;
    // A typed path can be anything: a name too long, a file where a folder should be.
    throw new ParleyError('io-failed', `Parley could not open ${path}: ${reason(error)}`);
  }
}
