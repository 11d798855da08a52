import type { NotebookProblem } from '../../shared/contract';
import { describeError } from '../logic/errors';
import { useApp } from './appStores';
import { BackupList } from './BackupList';
import { AppProblem } from './NotebookForms';

/** The last part of a folder path, as people name their notebooks. */
function folderName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}

/**
 * A notebook that could not be opened: what happened, which file is to blame, and the
 * backups that can replace it. Nothing here changes a file until a backup is chosen.
 */
export function Recovery({ problem }: { problem: NotebookProblem }) {
  const [{ busy }, app] = useApp();
  const damaged = problem.code === 'notebook-damaged';
  return (
    <main className="screen recovery" data-testid="recovery">
      <div className="screen__card recovery__card">
        <h1 className="screen__title">{damaged ? `“${folderName(problem.path)}” is damaged` : `Parley could not open “${folderName(problem.path)}”`}</h1>
        <p role="alert">{describeError({ code: problem.code, message: problem.message })}</p>
        {problem.file && (
          <p data-testid="damaged-file">
            The file to blame is <code>{problem.file}</code>. Parley has not changed or deleted it.
          </p>
        )}
        <p className="recovery__path">
          Notebook folder: <code>{problem.path}</code>
        </p>
        <AppProblem />
        {problem.backups.length > 0 ? (
          <section aria-labelledby="recovery-backups">
            <h2 id="recovery-backups" className="welcome__heading">
              Restore a backup
            </h2>
            <p className="welcome__hint">The newest is usually the one to choose. The notebook’s current files are moved aside, never deleted.</p>
            <BackupList backups={problem.backups} busy={busy} confirm={false} onRestore={(backup) => void app.restore(problem.path, backup.id)} />
          </section>
        ) : (
          <p>There are no backups of this notebook to restore from.</p>
        )}
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void app.close()}>
            Open another notebook
          </button>
        </p>
      </div>
    </main>
  );
}
