import { useState } from 'react';
import { useApp } from './appStores';

/** A title, and the notebook is created in the notebooks folder (or a folder chosen on desktop). */
export function CreateNotebookForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const [{ app: state, busy }, app] = useApp();
  const [title, setTitle] = useState('');
  const desktop = state?.door === 'desktop';
  const ready = title.trim().length > 0 && !busy;

  const elsewhere = async () => {
    const path = await app.choose('create');
    if (path) await app.create(title.trim(), path);
  };

  return (
    <form
      className="app-form"
      data-testid="create-notebook"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void app.create(title.trim());
      }}
    >
      <label className="app-form__label" htmlFor="new-notebook-title">
        Notebook title
      </label>
      <div className="app-form__row">
        <input
          id="new-notebook-title"
          className="field"
          placeholder="e.g. Harbour talks 2026"
          autoFocus={autoFocus}
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <button type="submit" className="button button--primary" disabled={!ready}>
          Create notebook
        </button>
      </div>
      {state && (
        <p className="app-form__hint">
          It goes in <code>{state.notebooksFolder}</code>.{' '}
          {desktop && (
            <button type="button" className="link" disabled={!ready} onClick={() => void elsewhere()}>
              Choose another folder…
            </button>
          )}
        </p>
      )}
    </form>
  );
}

/** Browser mode has no folder dialog: the notebook's folder is typed (or pasted). */
export function OpenByPathForm({ autoFocus = false, showFolder = true }: { autoFocus?: boolean; showFolder?: boolean }) {
  const [{ app: state, busy }, app] = useApp();
  const [path, setPath] = useState('');
  const ready = path.trim().length > 0 && !busy;
  return (
    <form
      className="app-form"
      data-testid="open-notebook"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void app.open(path.trim());
      }}
    >
      <label className="app-form__label" htmlFor="open-notebook-path">
        Notebook folder
      </label>
      <div className="app-form__row">
        <input
          id="open-notebook-path"
          className="field"
          placeholder={state ? `${state.notebooksFolder}/…` : ''}
          autoFocus={autoFocus}
          spellCheck={false}
          value={path}
          onChange={(event) => setPath(event.currentTarget.value)}
        />
        <button type="submit" className="button" disabled={!ready}>
          Open
        </button>
      </div>
      {state && showFolder && (
        <p className="app-form__hint">
          Notebooks made here are in <code>{state.notebooksFolder}</code>.
        </p>
      )}
    </form>
  );
}

/** What the last app operation could not do, where the person is looking. */
export function AppProblem() {
  const [{ problem }] = useApp();
  if (!problem) return null;
  return (
    <p className="form-error" role="alert" data-testid="app-problem">
      {problem}
    </p>
  );
}
