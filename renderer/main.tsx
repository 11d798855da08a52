import './api/jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect, forgetToken } from './api/connect';
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

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const connection = connect();

if (connection.door === 'none') {
  root.render(<NoTokenScreen />);
} else {
  const stores = createStores(connection.api);
  // A rejected token means the host restarted; a stale one in storage would only fail again.
  stores.notebook.subscribe(() => {
    if (stores.notebook.getSnapshot().error?.code === 'unauthorized') forgetToken();
  });
  root.render(
    <StrictMode>
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>
    </StrictMode>,
  );
}
