import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../shared/contract';
import { describeError } from '../logic/errors';
import { AppModal } from './AppModal';
import { BackupList } from './BackupList';
import { AppProblem } from './NotebookForms';
import { useApp, useAppStores } from './appStores';

type Listing = { status: 'loading' } | { status: 'ready'; backups: BackupInfo[] } | { status: 'failed'; message: string };

/** File › Restore from a backup… : the open notebook's backups, and one more on request. */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { api } = useAppStores();
  const [{ app: state, busy }, app] = useApp();
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    void api['backups.list']({}).then((listed) => {
      if (!current) return;
      setListing(listed.ok ? { status: 'ready', backups: listed.value } : { status: 'failed', message: describeError(listed.error) });
    });
    return () => {
      current = false;
    };
  }, [api, asked]);

  const backUpNow = async () => {
    const made = await api['backups.create']({});
    if (made.ok) setAsked((n) => n + 1);
    else setListing({ status: 'failed', message: describeError(made.error) });
  };
  const path = state?.notebook?.path;

  return (
    <AppModal
      title="Restore from a backup"
      hint="Parley backs the notebook up when it opens and every few minutes while you work. Restoring replaces the notebook with the backup you choose."
      testId="backups-dialog"
      onClose={onClose}
      wide
    >
      {listing.status === 'loading' && <p className="screen__quiet">Looking for backups…</p>}
      {listing.status === 'failed' && (
        <p className="form-error" role="alert">
          {listing.message}
        </p>
      )}
      {listing.status === 'ready' && listing.backups.length === 0 && <p>This notebook has no backups yet.</p>}
      {listing.status === 'ready' && path && (
        <BackupList backups={listing.backups} busy={busy} confirm onRestore={(backup) => void app.restore(path, backup.id)} />
      )}
      <AppProblem />
      <p>
        <button type="button" className="button" onClick={() => void backUpNow()}>
          Back up now
        </button>
      </p>
    </AppModal>
  );
}
