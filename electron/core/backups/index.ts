import { ParleyError, type BackupInfo } from '../../../shared/contract';

// STUB: the backups work (issue 10) replaces these with the real thing.

/** The notebook's backups, newest first; [] when it has none. Reads only `backups/`. */
export async function listBackups(_folder: string): Promise<BackupInfo[]> {
  return [];
}

/**
 * Replaces the notebook's files at `folder` with a backup (the newest whose files are all
 * intact, unless `backupId` names one). Takes the notebook's lock itself, so the notebook
 * must not be open in this process. The files replaced are moved aside into the folder it
 * returns, never deleted.
 */
export async function restoreNotebook(_folder: string, _backupId?: string): Promise<{ restored: BackupInfo; setAside: string }> {
  throw new ParleyError('unavailable', 'Restoring from a backup is not built yet.');
}
