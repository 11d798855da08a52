import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ParleyError, type BackupInfo } from '../../../shared/contract';
import { isErrno, reason, syncFolder } from '../store/durable-file';
import { acquireLock } from '../store/lock';
import { backupIdAt, backupPaths, infoOf, readManifests, type Manifest } from './manifest';
import { readIntactObject } from './objects';
import { RESTORING_PREFIX } from './staging';
import { problemWith } from './verify';

/** What a restore moves out of the way: the notebook's files, and the search index derived from them. */
const REPLACED = ['notebook.json', 'sources', 'briefs', 'index'];
const AT_ONCE = 32;

/**
 * Replaces the notebook's files at `folder` with a backup: the one named, or the newest
 * whose every file is intact and valid. Takes the notebook's lock itself, so the notebook
 * must not be open anywhere. The backup's files are written and synced beside the notebook
 * first; only then are the replaced files moved into `set-aside/<time>/` (never overwritten,
 * never deleted) and the backup's moved into place, notebook.json last.
 */
export async function restoreNotebook(folder: string, backupId?: string): Promise<{ restored: BackupInfo; setAside: string }> {
  const notebook = resolve(folder);
  if (!(await isFolder(notebook))) throw new ParleyError('not-found', `There is no Parley notebook at ${notebook}.`);
  const lock = await acquireLock(notebook);
  try {
    const manifest = await chooseBackup(notebook, backupId);
    const stamp = backupIdAt(new Date());
    const staging = join(backupPaths.folder(notebook), `${RESTORING_PREFIX}${stamp}`);
    try {
      await stage(notebook, manifest, staging);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    const setAside = await setAsideFolder(notebook, stamp);
    for (const name of REPLACED) await moveIfThere(join(notebook, name), join(setAside, name));
    await syncFolder(setAside);
    // notebook.json last: until it is back, the folder does not open as a half-restored notebook.
    for (const name of ['sources', 'briefs', 'notebook.json']) await rename(join(staging, name), join(notebook, name));
    await syncFolder(notebook);
    await rm(staging, { recursive: true, force: true });
    return { restored: infoOf(manifest), setAside };
  } finally {
    await lock.release();
  }
}

/** The named backup if it is intact, else the newest intact one. */
async function chooseBackup(notebook: string, backupId: string | undefined): Promise<Manifest> {
  const manifests = await readManifests(notebook);
  if (backupId !== undefined) {
    const named = manifests.find((m) => m.id === backupId);
    if (!named) throw new ParleyError('not-found', `This notebook has no backup ${backupId}.`);
    const problem = await problemWith(notebook, named);
    if (problem) throw new ParleyError('notebook-damaged', `Backup ${backupId} cannot be restored: ${problem}.`);
    return named;
  }
  if (manifests.length === 0) throw new ParleyError('not-found', `There is no backup of ${notebook} to restore from.`);
  const problems: string[] = [];
  for (const manifest of manifests) {
    const problem = await problemWith(notebook, manifest);
    if (!problem) return manifest;
    problems.push(`${manifest.id}: ${problem}`);
  }
  throw new ParleyError('notebook-damaged', `None of the ${manifests.length} backups of ${notebook} is intact (${problems.slice(0, 3).join('; ')}).`);
}

/** Writes the backup's files, each synced, into `staging`, laid out like a notebook. */
async function stage(notebook: string, manifest: Manifest, staging: string): Promise<void> {
  for (const shelf of ['sources', 'briefs']) await mkdir(join(staging, shelf), { recursive: true });
  const entries = Object.entries(manifest.files);
  for (let i = 0; i < entries.length; i += AT_ONCE) {
    await Promise.all(
      entries.slice(i, i + AT_ONCE).map(async ([name, entry]) => {
        const bytes = await readIntactObject(notebook, entry.hash, entry.size);
        if (typeof bytes === 'string') throw new ParleyError('notebook-damaged', `Backup ${manifest.id} changed while it was restored: ${bytes}.`);
        await writeSynced(join(staging, name), bytes);
      }),
    );
  }
  for (const dir of ['sources', 'briefs']) await syncFolder(join(staging, dir));
  await syncFolder(staging);
}

async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ParleyError('io-failed', `Parley could not write ${path} while restoring: ${reason(error)}`);
  }
}

/** `set-aside/<time>/`, a new folder each time: what was set aside before is never overwritten. */
async function setAsideFolder(notebook: string, stamp: string): Promise<string> {
  const parent = join(notebook, 'set-aside');
  await mkdir(parent, { recursive: true });
  for (let n = 1; ; n += 1) {
    const candidate = join(parent, n === 1 ? stamp : `${stamp}-${n}`);
    try {
      await mkdir(candidate);
    } catch (error) {
      if (isErrno(error, 'EEXIST')) continue;
      throw error;
    }
    await syncFolder(parent);
    return candidate;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}

async function moveIfThere(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}
