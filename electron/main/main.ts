import { app, dialog, ipcMain, protocol, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { entryOfError } from '../core/logs/log-line';
import { RotatingLog } from '../core/logs/rotating-log';
import { appConfigFolder } from '../core/session/app-folders';
import { AppMenu } from './app-menu';
import { APP_SCHEME } from './app-origin';
import { closeBeforeQuit } from './close-before-quit';
import { guardNavigation, handleWindowOpen, isTrustedSender } from './guards';
import { bindContract } from './ipc-binding';
import { notebookFlagFrom } from './launch-args';
import { electronArgCount, launchRequestFrom, launchRequestOfPath, type LaunchRequest } from './launch-request';
import { NotebookWindows } from './notebook-windows';
import { answerPermissionRequest, isPermissionGranted } from './permissions';
import { printPdfInWindow } from './print-pdf';
import { serveRendererRequest } from './renderer-protocol';
import { shellCommands } from './shell-commands';
import { startupErrorMessage } from './startup-error';

/*
 * The desktop shell: lifecycle and wiring only. Every decision it makes lives in a pure
 * module beside it with its own tests; this file cannot run outside Electron.
 */

// The bundle sits in dist/electron/ beside the preload; Vite builds the renderer into dist/renderer/.
const bundleDir = import.meta.dirname;
const rendererRoot = join(bundleDir, '..', 'renderer');

// Both only take effect before `ready`: scheme privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();
// The same folder as browser mode's, so both doors share one recent list.
app.setName('Parley');
app.setPath('userData', appConfigFolder(process.env, process.platform, app.getPath('home')));

// One Parley at a time: a second launch hands its arguments over (see `second-instance`) and
// leaves. The lock lives in the userData folder, so it is taken only once that is set.
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();

// The platform's place for logs: ~/Library/Logs/Parley on macOS, inside userData elsewhere.
app.setAppLogsPath();
const log = new RotatingLog({ folder: app.getPath('logs') });
const logError = (error: unknown, context: string) => {
  console.error(`Parley: ${context}:`, error);
  void log.write(entryOfError(error, context));
};
process.on('uncaughtException', (error) => logError(error, 'Uncaught exception'));
process.on('unhandledRejection', (reason) => logError(reason, 'Unhandled rejection'));

const configFolder = app.getPath('userData');
const notebooksFolder = process.env['PARLEY_NOTEBOOKS_DIR']?.trim() || join(app.getPath('documents'), 'Parley');
const windows = new NotebookWindows({
  session: {
    door: 'desktop',
    configFolder,
    notebooksFolder,
    // PDF exports print in a hidden window of the app's own Chromium, not a system browser.
    notebookOptions: { printPdf: printPdfInWindow },
    chooseFolder: (purpose) => shellActions.chooseFolder(purpose),
    log: (entry) => void log.write(entry),
  },
  home: app.getPath('home'),
  preload: join(bundleDir, 'preload.cjs'),
  onChange: () => menu.refresh(),
  onError: logError,
});
const shellActions = shellCommands({ windows, notebooksFolder, logError });
const menu = new AppMenu({
  configFolder,
  logFolder: log.folder,
  hasNotebook: () => windows.focused()?.session.notebook != null,
  focusedPage: () => windows.focused()?.window.webContents,
  runInShell: (command) => shellActions.runInShell(command),
  onError: logError,
});

/** Launch requests that arrive before the first window is up (macOS `open-file` at startup). */
let started = false;
const early: LaunchRequest[] = [];

app.on('web-contents-created', (_event, contents) => guardContents(contents));
app.on('second-instance', (_event, argv, workingDirectory) => {
  const request = launchRequestFrom(argv, { skip: electronArgCount(process.defaultApp), cwd: workingDirectory });
  void shellActions.handleRequest(request, true);
});
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (started) void shellActions.handleRequest(launchRequestOfPath(path), false);
  else early.push(launchRequestOfPath(path));
});
app.on('will-quit', closeBeforeQuit({ takeClose: () => windows.takeClose(), quit: () => app.quit(), onError: (error) => logError(error, 'closing the notebooks') }));
app.on('window-all-closed', () => {
  // macOS keeps an app running with no window; the dock icon's `activate` reopens one.
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => {
  if (started && windows.count === 0) windows.launch().catch((error: unknown) => logError(error, 'opening a window'));
});
if (primary) app.whenReady().then(start).catch(failStartup);

async function start(): Promise<void> {
  await access(join(rendererRoot, 'index.html')).catch(() => {
    throw new Error('Parley’s interface has not been built. Run “npm run build” and start Parley again.');
  });
  // A mistyped --notebook should say so rather than open the last notebook instead.
  notebookFlagFrom(process.argv);
  const first = launchRequestFrom(process.argv, { skip: electronArgCount(process.defaultApp), cwd: process.cwd() });

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => answerPermissionRequest(permission, callback));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(request, { root: rendererRoot, readFile }));
  bindContract<IpcMainInvokeEvent>({
    handle: (channel, listener) => ipcMain.handle(channel, listener),
    dispatch: (operation, request, onUnexpected, event) => windows.dispatch(event, operation, request, onUnexpected),
    isTrustedSender,
    onUnexpected: (error, operation) => logError(error, `Unexpected error during ${operation}`),
  });

  // The first line of every run says what was running, for whoever reads the log later.
  void log.write({ level: 'info', origin: 'main', message: `Parley ${app.getVersion()} started (Electron ${process.versions.electron ?? '?'}, ${process.platform})` });
  menu.refresh();
  await windows.launch(first.notebooks[0]);
  started = true;
  await shellActions.handleRequest({ notebooks: first.notebooks.slice(1), imports: first.imports }, false);
  for (const request of early.splice(0)) await shellActions.handleRequest(request, false);
}

/** Applied to every web contents, including any Parley did not mean to create. */
function guardContents(contents: WebContents): void {
  // Also what keeps a file dropped outside the page's drop zone from replacing the app.
  contents.on('will-navigate', (event) => guardNavigation(event.url, () => event.preventDefault()));
  contents.on('will-redirect', (event) => guardNavigation(event.url, () => event.preventDefault()));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('render-process-gone', (_event, details) => {
    void log.write({ level: 'error', origin: 'renderer', message: `The page stopped (${details.reason}, exit code ${details.exitCode}).` });
  });
  contents.setWindowOpenHandler((details) =>
    handleWindowOpen(details.url, (url) => {
      shell.openExternal(url).catch((error: unknown) => logError(error, 'opening a link in the browser'));
    }),
  );
}

async function failStartup(error: unknown): Promise<void> {
  logError(error, 'Parley could not start');
  dialog.showErrorBox('Parley could not start', startupErrorMessage(error));
  await windows.takeClose()?.().catch((closeError: unknown) => logError(closeError, 'closing the notebooks'));
  await log.write({ level: 'info', origin: 'main', message: 'Parley stopped after a failed start.' });
  app.exit(1);
}
