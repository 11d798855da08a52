import { mkdir, open, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ParleyError } from '../../../shared/contract';
import { isErrno, reason, syncFolder, writeDurably } from '../store/durable-file';
import { layout, looksEmpty } from '../store/layout';
import { acquireLock, type NotebookLock } from '../store/lock';
import { NotebookStore } from '../store/notebook-store';
import type { VerifiedBundle } from './verify';

/**
 * Writes a verified bundle into `folder` (missing, or empty) as a new notebook and opens
 * it once to be sure. Any failure takes back exactly what this call created: a folder it
 * made is removed, and in a folder that was there only its own files and subfolders go.
 */
export async function placeBundle(bundle: VerifiedBundle, target: string): Promise<void> {
  const folder = resolve(target);
  await assertUsable(folder);
  const createdRoot = await mkdir(folder, { recursive: true });
  const subfolders = [layout.sourcesFolder(folder), layout.briefsFolder(folder), layout.backupsFolder(folder)];
  const madeHere = await missing(subfolders);
  const written: string[] = [];
  let lock: NotebookLock | undefined;
  try {
    lock = await acquireLock(folder);
    for (const sub of subfolders.slice(0, 2)) await mkdir(sub, { recursive: true });
    // Until notebook.json exists the folder is no notebook, so the record files need no
    // temp-and-rename each: written and flushed, then their folders flushed once.
    for (const file of bundle.records) await writeNewFile(join(folder, file.path), file.bytes, written);
    for (const sub of subfolders.slice(0, 2)) await syncFolder(sub);
    written.push(layout.notebookFile(folder));
    await writeDurably(layout.notebookFile(folder), bundle.notebook);
    // A folder this call made must itself survive a power cut, like the files in it.
    if (createdRoot !== undefined) await syncFolder(dirname(createdRoot));
    // Opened once as the app will open it: what the checks above missed shows up here.
    const store = await NotebookStore.open(folder);
    await store.close();
  } catch (error) {
    await lock?.release();
    await takeBack(createdRoot, written, madeHere);
    throw failedImport(error, folder);
  }
  await lock.release();
}

/** Creates `path` (never over an existing file) and flushes it; remembers it once it is ours. */
async function writeNewFile(path: string, bytes: Uint8Array, written: string[]): Promise<void> {
  const handle = await open(path, 'wx');
  written.push(path);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function failedImport(error: unknown, folder: string): ParleyError {
  if (!(error instanceof ParleyError)) {
    return new ParleyError('io-failed', `Parley could not make the notebook at ${folder}: ${reason(error)}`);
  }
  if (error.code === 'notebook-damaged') return new ParleyError('bad-request', `The bundle’s notebook does not open: ${error.message}`);
  return error;
}

/** Those of `paths` that do not exist yet: the ones a failed import may remove again. */
async function missing(paths: string[]): Promise<string[]> {
  const absent: string[] = [];
  for (const path of paths) {
    await stat(path).catch((error: unknown) => {
      if (isErrno(error, 'ENOENT')) absent.push(path);
    });
  }
  return absent;
}

async function assertUsable(folder: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  if (!isFolder) throw new ParleyError('bad-request', `${folder} is a file; choose a new folder for the imported notebook.`);
  if (!(await looksEmpty(folder))) {
    throw new ParleyError('conflict', `${folder} already holds files; a bundle is imported into a new or empty folder.`);
  }
}

async function takeBack(createdRoot: string | undefined, written: string[], madeFolders: string[]): Promise<void> {
  if (createdRoot !== undefined) {
    // Everything under a folder this call made is its own.
    await rm(createdRoot, { recursive: true, force: true });
    return;
  }
  for (const path of written.reverse()) await unlink(path).catch(() => {});
  for (const sub of madeFolders) await rmdir(sub).catch(() => {});
}
