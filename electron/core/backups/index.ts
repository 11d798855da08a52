import type { BackupInfo } from '../../../shared/contract';
import { infoOf, readManifests } from './manifest';

export { backUp, backupsDone, scheduleBackups, type BackupTiming } from './schedule';
export { restoreNotebook } from './restore';

/** The notebook's backups, newest first; [] when it has none. Reads only `backups/`, so it works on a damaged notebook. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  return (await readManifests(folder)).map(infoOf);
}
