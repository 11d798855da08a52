import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../shared/contract';
import { ipcTransport } from './transport';

/*
 * The page gets `window.parley`: one typed function per contract operation, each returning
 * a `Result`. Raw `ipcRenderer` never crosses the bridge; responses are parsed with the
 * contract here, before the page sees them.
 */
const api = createApi(ipcTransport((channel, payload) => ipcRenderer.invoke(channel, payload)));
contextBridge.exposeInMainWorld('parley', api);
