import type { NotebookProblem, RecentNotebook } from '../../shared/contract';
import { useApp } from './appStores';
import { BackupList } from './BackupList';
import { AppProblem } from './NotebookForms';

/** The notebook's title as the recent list knows it, else its folder's name without ".parley". */
function notebookName(path: string, recent: readonly RecentNotebook[]): string {
  const known = recent.find((r) => r.path === path)?.title;
  const folder = path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
  return known ?? folder.replace(/\.parley$/i, '');
}

/** The engine's message is written for people; only its first line is shown, however long. */
function plainMessage(message: string): string {
  const first = (message.split(/\r?\n/)[0] ?? '').trim();
  return first.length > 400 ? `${first.slice(0, 399)}…` : first || 'The notebook could not be read.';
}

/**
 * A notebook that could not be opened: what happened, which file is to blame, and the
 * backups that can replace it. Nothing here changes a file until a backup is chosen.
 */
export function Recovery({ problem, recent }: { problem: NotebookProblem; recent: readonly RecentNotebook[] }) {
  const [{ busy }, app] = useApp();
  const damaged = problem.code === 'notebook-damaged';
  const name = notebookName(problem.path, recent);
  return (
    <main className="screen recovery" data-testid="recovery">
      <div className="screen__card recovery__card">
        <h1 className="screen__title">{damaged ? `“${name}” is damaged` : `Parley could not open “${name}”`}</h1>
        <p role="alert">{plainMessage(problem.message)}</p>
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
