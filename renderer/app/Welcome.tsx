import type { AppState } from '../../shared/contract';
import { useApp } from './appStores';
import { AppProblem, CreateNotebookForm, OpenByPathForm } from './NotebookForms';
import { RecentList } from './RecentList';
import { WelcomeFooter } from './WelcomeFooter';

/** No notebook open: create one, open the sample, open one from disk, or pick a recent one. */
export function Welcome({ state }: { state: AppState }) {
  const [{ busy }, app] = useApp();
  const desktop = state.door === 'desktop';

  const openFromDisk = async () => {
    const path = await app.choose('open');
    if (path) await app.open(path);
  };

  return (
    <main className="screen welcome" data-testid="welcome">
      <div className="screen__card welcome__card">
        <h1 className="screen__title">{state.firstRun ? 'Welcome to Parley' : 'Open a notebook'}</h1>
        <p className="welcome__intro">
          A notebook holds the articles you collect, your annotations on them, the people, places and proposals they mention, and the briefs you write from them.
        </p>
        <AppProblem />
        {state.recent.length > 0 && (
          <section className="welcome__section" aria-labelledby="welcome-recent">
            <h2 id="welcome-recent" className="welcome__heading">
              Recent notebooks
            </h2>
            <RecentList recent={state.recent} />
          </section>
        )}
        <section className="welcome__section" aria-labelledby="welcome-create">
          <h2 id="welcome-create" className="welcome__heading">
            Create a notebook
          </h2>
          <CreateNotebookForm autoFocus={state.recent.length === 0} />
        </section>
        <section className="welcome__section" aria-labelledby="welcome-sample">
          <h2 id="welcome-sample" className="welcome__heading">
            Try the sample
          </h2>
          <p className="welcome__hint">Three short articles about a fictional negotiation, already annotated and linked, with a brief citing them.</p>
          <button type="button" className="button" disabled={busy} onClick={() => void app.openSample()}>
            Open the sample notebook
          </button>
        </section>
        <section className="welcome__section" aria-labelledby="welcome-open">
          <h2 id="welcome-open" className="welcome__heading">
            Open a notebook from disk
          </h2>
          {desktop ? (
            <button type="button" className="button" disabled={busy} onClick={() => void openFromDisk()}>
              Open a notebook…
            </button>
          ) : (
            <OpenByPathForm showFolder={false} />
          )}
        </section>
        <WelcomeFooter />
      </div>
    </main>
  );
}
