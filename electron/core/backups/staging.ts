import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupPaths } from './manifest';

/** Where a backup holds the files it is about to copy; a crash may leave one behind. */
const STAGING_PREFIX = 'staging-';
/** Where a restore writes the backup's files before they take the notebook's place. */
export const RESTORING_PREFIX = 'restoring-';

export async function stagingFolder(notebook: string): Promise<string> {
  const folder = join(backupPaths.folder(notebook), `${STAGING_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
  await mkdir(folder, { recursive: true });
  return folder;
}

/**
 * Keeps the file at `live` as it is now, in a moment: a hard link to its bytes. The store
 * never changes a file in place (each save is a new file renamed over the old one), so the
 * linked bytes stay those of this moment while edits go on; they are copied into the
 * backup afterwards. Where links are not possible (some USB drives), a copy.
 */
export async function stageFile(live: string, staged: string): Promise<void> {
  try {
    await link(live, staged);
  } catch {
    await copyFile(live, staged);
  }
}

/**
 * Staging folders of a backup or a restore interrupted by a crash: never part of a backup,
 * never used by the notebook. Only called with no backup or restore under way.
 */
export async function removeLeftoverStaging(notebook: string): Promise<void> {
  const names = await readdir(backupPaths.folder(notebook));
  const leftovers = names.filter((name) => name.startsWith(STAGING_PREFIX) || name.startsWith(RESTORING_PREFIX));
  await Promise.all(leftovers.map((name) => rm(join(backupPaths.folder(notebook), name), { recursive: true, force: true })));
}
