import type { BackupInfo, BackupReason } from '../../shared/contract';

const WHY: Record<BackupReason, string> = {
  open: 'when the notebook was opened',
  editing: 'during editing',
  manual: 'on request',
  'before-restore': 'just before a restore',
};

/** "22 Nov 2026, 18:30" in the person's own locale and time zone. */
export function formatTaken(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function reasonWords(reason: BackupReason): string {
  return WHY[reason];
}

/** "taken 22 Nov 2026, 18:30, when the notebook was opened" */
export function describeBackup(backup: BackupInfo): string {
  return `taken ${formatTaken(backup.createdAt)}, ${WHY[backup.reason]}`;
}

/** "12 files, 340 KB" */
export function backupSize(backup: BackupInfo): string {
  const files = backup.files === 1 ? '1 file' : `${backup.files} files`;
  return `${files}, ${formatBytes(backup.bytes)}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
