import './api/jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect, forgetToken } from './api/connect';
import { AppStoresProvider, createAppStores } from './app/appStores';
import { logPageErrors } from './app/errorLog';
import { takeNotice } from './app/notice';
import { PageErrorBoundary } from './app/PageErrorBoundary';
import { applyPreferences } from './app/preferences';
import { App } from './components/App';
import { NoTokenScreen } from './components/Screens';
import { createStores, StoresProvider } from './state/stores';
import './styles/base.css';
import './styles/shell.css';
import './styles/navigator.css';
import './styles/reader.css';
import './styles/context.css';
import './styles/import.css';
import './styles/metadata.css';
import './styles/annotate.css';
import './styles/records.css';
import './styles/brief.css';
import './styles/cite.css';
import './styles/compare.css';
import './styles/analysis.css';
import './styles/search.css';
import './styles/app.css';

// The chosen theme and zoom before anything renders, so the page never flashes the other one.
applyPreferences();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const connection = connect();

if (connection.door === 'none') {
  root.render(<NoTokenScreen />);
} else {
  const stores = createStores(connection.api);
  const appStores = createAppStores(connection.api);
  const logError = logPageErrors(connection.api, appStores.notices);
  // Said before the reload that opened this page (which backup a restore put back).
  const carried = takeNotice();
  if (carried) appStores.notices.say(carried, 'info', true);
  // A rejected token means the host restarted; a stale one in storage would only fail again.
  const forgetRejectedToken = () => {
    const rejected = [stores.notebook.getSnapshot().error, appStores.app.getSnapshot().error].some((e) => e?.code === 'unauthorized');
    if (rejected) forgetToken();
  };
  stores.notebook.subscribe(forgetRejectedToken);
  appStores.app.subscribe(forgetRejectedToken);
  root.render(
    <StrictMode>
      <AppStoresProvider stores={appStores}>
        <StoresProvider stores={stores}>
          <PageErrorBoundary log={logError}>
            <App />
          </PageErrorBoundary>
        </StoresProvider>
      </AppStoresProvider>
    </StrictMode>,
  );
}
