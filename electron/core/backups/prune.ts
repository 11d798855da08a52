import { readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isErrno, syncFolder } from '../store/durable-file';
import { backupIds, backupPaths, readManifest } from './manifest';
import { backupsToKeep, type RotationRule } from './rotation';
import { removeLeftoverStaging } from './staging';

/**
 * Removes the backups the rotation rule lets go, then every object no remaining backup
 * uses (including copies left by a backup that failed halfway). Manifests go first: a
 * crash in between leaves unused objects, never a backup without its files. Runs under the
 * notebook's lock with no backup under way.
 */
export async function rotateBackups(notebook: string, now: Date, rule?: RotationRule): Promise<void> {
  const manifests = [];
  for (const id of await backupIds(notebook)) {
    const manifest = await readManifest(notebook, id);
    // An unreadable manifest is no backup; its file is left for a person to look at.
    if (manifest) manifests.push(manifest);
  }
  const keep = backupsToKeep(manifests, now, rule);
  const kept = manifests.filter((m) => keep.has(m.id));
  for (const manifest of manifests) {
    if (!keep.has(manifest.id)) await unlink(backupPaths.manifest(notebook, manifest.id)).catch(ignoreMissing);
  }
  await removeLeftoverStaging(notebook);
  await syncFolder(backupPaths.folder(notebook));

  const used = new Set(kept.flatMap((m) => Object.values(m.files).map((entry) => entry.hash)));
  let names: string[];
  try {
    names = await readdir(backupPaths.objects(notebook));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const unused = names.filter((name) => !used.has(name));
  await Promise.all(unused.map((name) => rm(join(backupPaths.objects(notebook), name), { force: true, recursive: true })));
}

function ignoreMissing(error: unknown): void {
  if (!isErrno(error, 'ENOENT')) throw error;
}
