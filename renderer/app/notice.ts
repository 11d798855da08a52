import type { BackupInfo } from '../../shared/contract';
import { describeBackup } from './backupWords';

const KEY = 'parley.notice';

/** Something done just before a reload that the reloaded page should still say. */
export type CarriedNotice = { kind: 'restored'; backup: BackupInfo; setAside: string };

/** Kept in sessionStorage: it survives the reload and no other tab or later visit sees it. */
export function leaveNotice(notice: CarriedNotice): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(notice));
  } catch {
    // Without storage the restore still happened; only the sentence about it is lost.
  }
}

/** The notice left before the reload, said once: reading it removes it. */
export function takeNotice(): string | null {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const notice = JSON.parse(raw) as CarriedNotice;
    if (notice.kind !== 'restored') return null;
    return `Restored the backup ${describeBackup(notice.backup)}. The files it replaced were moved to ${notice.setAside}.`;
  } catch {
    return null;
  }
}
