import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ParleyError } from '../../../shared/contract';
import { isErrno, reason, TEMP_SUFFIX } from '../store/durable-file';
import { backupPaths } from './manifest';

/** The name of some bytes in the object store. */
export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The names of every complete object (temp files of an interrupted backup are not objects). */
export async function objectNames(notebook: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(backupPaths.objects(notebook))).filter((name) => !name.endsWith(TEMP_SUFFIX)));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return new Set();
    throw error;
  }
}

/**
 * Stores `bytes` as object `hash`: a new file of its own (never a link to the live file, so
 * a file damaged in place cannot damage its backup), renamed into place whole. Not synced
 * here: the caller syncs every new object (`syncObject`) and the folder before any manifest
 * names them, outside the moment the notebook is held still.
 */
export async function writeObject(notebook: string, hash: string, bytes: Uint8Array): Promise<void> {
  const target = backupPaths.object(notebook, hash);
  const temp = join(backupPaths.objects(notebook), `.${hash}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw new ParleyError('io-failed', `Parley could not write the backup copy ${target}: ${reason(error)}`);
  }
}

/** Makes a copy written by `writeObject` durable. */
export async function syncObject(notebook: string, hash: string): Promise<void> {
  const path = backupPaths.object(notebook, hash);
  try {
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ParleyError('io-failed', `Parley could not save the backup copy ${path}: ${reason(error)}`);
  }
}

/** The object's bytes if they are all there and still hash to its name; otherwise why not. */
export async function readIntactObject(notebook: string, hash: string, size: number): Promise<Buffer | string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(backupPaths.object(notebook, hash));
  } catch (error) {
    return isErrno(error, 'ENOENT') ? 'a copied file is missing' : `a copied file cannot be read (${reason(error)})`;
  }
  if (bytes.length !== size || hashOf(bytes) !== hash) return 'a copied file has been damaged';
  return bytes;
}
