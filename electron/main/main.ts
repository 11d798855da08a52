import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../core/dispatch';
import { openNotebook, type OpenNotebook } from '../core/notebook';
import { resolveNotebookPath } from '../core/notebook-location';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { closeBeforeQuit } from './close-before-quit';
import { guardNavigation, handleWindowOpen, isTrustedSender } from './guards';
import { bindContract } from './ipc-binding';
import { notebookFlagFrom } from './launch-args';
import { printPdfInWindow } from './print-pdf';
import { serveRendererRequest } from './renderer-protocol';
import { startupErrorMessage } from './startup-error';

/*
 * The desktop shell: lifecycle and wiring only. Every decision it makes lives in a pure
 * module beside it with its own tests; this file cannot run outside Electron.
 */

// The bundle sits in dist/electron/ beside the preload; Vite builds the renderer into dist/renderer/.
const bundleDir = import.meta.dirname;
const preloadPath = join(bundleDir, 'preload.cjs');
const rendererRoot = join(bundleDir, '..', 'renderer');

// Both only take effect before `ready`: scheme privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

let notebook: OpenNotebook | undefined;

app.on('web-contents-created', (_event, contents) => guardContents(contents));
app.on(
  'will-quit',
  closeBeforeQuit({
    takeClose: () => {
      const open = notebook;
      notebook = undefined;
      return open && (() => open.close());
    },
    quit: () => app.quit(),
    onError: (error) => console.error('Parley could not close the notebook cleanly:', error),
  }),
);
app.on('window-all-closed', () => {
  // macOS keeps an app running with no window; the dock icon's `activate` reopens it.
  if (process.platform !== 'darwin') app.quit();
});
app.whenReady().then(start).catch(failStartup);

async function start(): Promise<void> {
  const path = resolveNotebookPath({
    flag: notebookFlagFrom(process.argv),
    env: process.env,
    home: app.getPath('home'),
  });
  await access(join(rendererRoot, 'index.html')).catch(() => {
    throw new Error('Parley’s interface has not been built. Run “npm run build” and start Parley again.');
  });
  // PDF exports print in a hidden window of the app's own Chromium, not a system browser.
  notebook = await openNotebook(path, { create: true, printPdf: printPdfInWindow });
  const { handlers } = notebook;

  denyPermissions();
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(request, { root: rendererRoot, readFile }));
  bindContract<IpcMainInvokeEvent>({
    handle: (channel, listener) => ipcMain.handle(channel, listener),
    dispatch: (operation, request, onUnexpected) => dispatch(handlers, operation, request, onUnexpected),
    isTrustedSender,
    onUnexpected: (error, operation) => console.error(`Unexpected error during ${operation}:`, error),
  });

  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function openWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Parley',
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, preload: preloadPath },
  });
  // Shown once painted, so the person never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch(failStartup);
}

/** Applied to every web contents, including any Parley did not mean to create. */
function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => guardNavigation(event.url, () => event.preventDefault()));
  contents.on('will-redirect', (event) => guardNavigation(event.url, () => event.preventDefault()));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) =>
    handleWindowOpen(details.url, (url) => {
      shell.openExternal(url).catch((error: unknown) => console.error('Could not open a link in the browser:', error));
    }),
  );
}

/** A notebook needs no camera, location, notifications or clipboard reads; nothing is granted. */
function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

async function failStartup(error: unknown): Promise<void> {
  console.error('Parley could not start:', error);
  dialog.showErrorBox('Parley could not start', startupErrorMessage(error));
  const open = notebook;
  notebook = undefined;
  await open?.close().catch((closeError: unknown) => console.error('Parley could not close the notebook:', closeError));
  app.exit(1);
}
