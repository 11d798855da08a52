import { useState } from 'react';
import type { BackupInfo } from '../../shared/contract';
import { backupSize, formatTaken, reasonWords } from './backupWords';

type Props = {
  backups: readonly BackupInfo[];
  busy: boolean;
  onRestore: (backup: BackupInfo) => void;
  /** Ask before replacing files that may still be good (a notebook that opens fine). */
  confirm: boolean;
};

/** Backups newest first, each with when and why it was taken, and a way to restore it. */
export function BackupList({ backups, busy, onRestore, confirm }: Props) {
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <ol className="backups" aria-label="Backups, newest first" data-testid="backup-list">
      {backups.map((backup, index) => (
        <li key={backup.id} className="backups__item" data-testid="backup">
          <div className="backups__what">
            <span className="backups__when">
              {formatTaken(backup.createdAt)}
              {index === 0 && <span className="backups__newest"> newest</span>}
            </span>
            <span className="backups__details">
              Taken {reasonWords(backup.reason)} · {backupSize(backup)}
            </span>
          </div>
          {asking === backup.id ? (
            <div className="backups__confirm" role="group" aria-label="Confirm the restore">
              <span>Replace the notebook’s files with this backup? The files it replaces are moved aside, not deleted.</span>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => onRestore(backup)}>
                Restore
              </button>
              <button type="button" className="button button--quiet" onClick={() => setAsking(null)}>
                Cancel
              </button>
            </div>
          ) : (
            <button
              type="button"
              className={`button${index === 0 ? ' button--primary' : ''}`}
              disabled={busy}
              onClick={() => (confirm ? setAsking(backup.id) : onRestore(backup))}
            >
              Restore this backup
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
