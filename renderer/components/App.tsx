import { useEffect } from 'react';
import { describeError } from '../logic/errors';
import { CommandLayer } from '../search/CommandLayer';
import { useNotebook } from '../state/stores';
import { CentrePane } from './CentrePane';
import { ContextPanel } from './ContextPanel';
import { DropOverlay } from './DropOverlay';
import { Navigator } from './Navigator';
import { NoTokenScreen, OpeningScreen, ProblemScreen } from './Screens';
import { StatusLine } from './StatusLine';

/** Navigator | open item | context panel, over a status line (UX.md, "Layout"). */
export function App() {
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
