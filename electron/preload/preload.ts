import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../shared/contract';
import { shellBridge } from './shell-bridge';
import { ipcTransport } from './transport';

/*
 * The page gets `window.parley`: one typed function per contract operation, each returning
 * a `Result`, and `window.parleyShell`: the platform and the menu's commands. Raw
 * `ipcRenderer` never crosses the bridge; responses are parsed with the contract here,
 * before the page sees them.
 */
const api = createApi(ipcTransport((channel, payload) => ipcRenderer.invoke(channel, payload)));
contextBridge.exposeInMainWorld('parley', api);
// A sandboxed preload still has `process.platform`; the page has only the user agent.
contextBridge.exposeInMainWorld('parleyShell', shellBridge(process.platform, ipcRenderer));
