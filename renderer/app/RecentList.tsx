import type { RecentNotebook } from '../../shared/contract';
import { formatTaken } from './backupWords';
import { useApp } from './appStores';

/** Notebooks opened before, newest first; ones no longer where they were are greyed out. */
export function RecentList({ recent }: { recent: readonly RecentNotebook[] }) {
  const [{ busy }, app] = useApp();
  return (
    <ul className="recent" aria-label="Recent notebooks" data-testid="recent-list">
      {recent.map((notebook) => (
        <li key={notebook.path} className={`recent__item${notebook.available ? '' : ' recent__item--gone'}`} data-testid="recent-notebook">
          <button
            type="button"
            className="recent__open"
            disabled={!notebook.available || busy}
            aria-describedby={notebook.available ? undefined : `gone-${notebook.openedAt}`}
            onClick={() => void app.open(notebook.path)}
          >
            <span className="recent__title">{notebook.title}</span>
            <span className="recent__path">{notebook.path}</span>
          </button>
          <span className="recent__when">
            {notebook.available ? (
              `Opened ${formatTaken(notebook.openedAt)}`
            ) : (
              <span id={`gone-${notebook.openedAt}`}>Not found: moved, renamed or on a drive not connected</span>
            )}
          </span>
          <button type="button" className="button button--quiet recent__forget" disabled={busy} aria-label={`Forget ${notebook.title}`} onClick={() => void app.forget(notebook.path)}>
            Forget
          </button>
        </li>
      ))}
    </ul>
  );
}
