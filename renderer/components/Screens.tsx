import type { ReactNode } from 'react';

/** A whole-window message for when there is no notebook to show. */
function Screen({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <main className="screen" data-testid={testId}>
      <div className="screen__card">
        <h1 className="screen__title">{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function NoTokenScreen({ expired = false }: { expired?: boolean }) {
  return (
    <Screen title="Open Parley from the address it printed" testId="no-token">
      <p>
        {expired
          ? 'This page’s access key is no longer accepted; Parley was probably restarted.'
          : 'This page was opened without its access key, so it cannot reach your notebook.'}
      </p>
      <p>
        In the terminal where you ran <code>parley serve</code>, copy the whole address it printed (it ends with{' '}
        <code>#token=…</code>) and open it in this browser.
      </p>
    </Screen>
  );
}

export function ProblemScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Screen title="Parley could not open the notebook" testId="load-problem">
      <p role="alert">{message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </Screen>
  );
}

/** `app`: before Parley knows whether a notebook is open at all. */
export function OpeningScreen({ app = false }: { app?: boolean }) {
  return (
    <main className="screen" data-testid="opening">
      <p className="screen__quiet" role="status">
        {app ? 'Starting Parley…' : 'Opening notebook…'}
      </p>
    </main>
  );
}
