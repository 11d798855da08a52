import { useEffect } from 'react';
import { AppCommandLayer } from '../app/AppCommandLayer';
import { useApp } from '../app/appStores';
import { NoticeLine } from '../app/NoticeLine';
import { Recovery } from '../app/Recovery';
import { Welcome } from '../app/Welcome';
import { describeError } from '../logic/errors';
import { CommandLayer } from '../search/CommandLayer';
import { useNotebook } from '../state/stores';
import { CentrePane } from './CentrePane';
import { ContextPanel } from './ContextPanel';
import { DropOverlay } from './DropOverlay';
import { Navigator } from './Navigator';
import { NoTokenScreen, OpeningScreen, ProblemScreen } from './Screens';
import { StatusLine } from './StatusLine';

/**
 * The app first asks what is open: nothing (the welcome), a notebook that could not be
 * opened (its recovery), or a notebook (its shell). App commands work on all three.
 */
export function App() {
  const [{ status, app: state, error }, app] = useApp();
  useEffect(() => {
    void app.load();
  }, [app]);

  if (status === 'loading') return <OpeningScreen app />;
  if (status === 'failed' || !state) {
    if (error?.code === 'unauthorized') return <NoTokenScreen expired />;
    return <ProblemScreen message={error ? describeError(error) : 'Something went wrong.'} onRetry={() => void app.load()} />;
  }
  return (
    <AppCommandLayer>
      {state.problem ? <Recovery problem={state.problem} recent={state.recent} /> : state.notebook ? <NotebookShell /> : <Welcome state={state} />}
      <NoticeLine />
    </AppCommandLayer>
  );
}

/** Navigator | open item | context panel, over a status line (UX.md, "Layout"). */
function NotebookShell() {
  const [notebook, store] = useNotebook();
  useEffect(() => {
    void store.load();
  }, [store]);

  if (notebook.status === 'loading') return <OpeningScreen />;
  if (notebook.status === 'failed') {
    if (notebook.error?.code === 'unauthorized') return <NoTokenScreen expired />;
    const message = notebook.error ? describeError(notebook.error) : 'Something went wrong.';
    return <ProblemScreen message={message} onRetry={() => void store.load()} />;
  }
  return (
    <div className="shell">
      <Navigator />
      <CentrePane />
      <ContextPanel />
      <StatusLine />
      <DropOverlay />
      {/* App-wide keys (Ctrl/Cmd+K, F1…) and the palette, Help and the dialogs they open. */}
      <CommandLayer />
    </div>
  );
}
