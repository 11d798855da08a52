import { useNotebook } from '../state/stores';

/** The bottom line: which notebook this is and whether everything is on disk. */
export function StatusLine() {
  const [notebook] = useNotebook();
  const saving = notebook.pendingWrites > 0;
  return (
    <footer className="status-line">
      <span className="status-line__notebook" data-testid="notebook-title">
        {notebook.info?.title ?? 'Notebook'}
      </span>
      {notebook.info && (
        <span className="status-line__path" title={notebook.info.path} data-testid="notebook-path">
          {/* bdi: a path with Arabic or Hebrew folder names must not reorder the line around it. */}
          <bdi>{notebook.info.path}</bdi>
        </span>
      )}
      <span className="status-line__save" role="status" data-testid="save-state">
        {saving ? 'Saving…' : notebook.lastWriteFailed ? 'Not saved' : 'Saved'}
      </span>
    </footer>
  );
}
