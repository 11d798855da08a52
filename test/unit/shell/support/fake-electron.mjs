// A stand-in for the `electron` module, just enough to run the bundled main process in
// plain Node. It plays Electron's part (ready, windows, page loads through the app scheme,
// IPC calls, menus, dialogs, quit); a scenario module named by PARLEY_FAKE_SCENARIO then
// drives the app like a person would, and everything the shell did is printed as one
// JSON line when the process exits.
import { join } from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';

// `electron dist/electron/main.mjs`: the unpackaged app, whose argv carries the script.
process.defaultApp = true;

const home = process.env.PARLEY_FAKE_HOME;
const report = { calls: [], windows: [], sent: [], errorBoxes: [], dialogs: [], openedPaths: [] };
const listeners = new Map();
const paths = new Map([
  ['home', home],
  ['documents', join(home, 'Documents')],
  ['logs', join(home, 'logs')],
  ['userData', join(home, 'config')],
]);
let protocolHandler;
const ipcHandlers = new Map();
let applicationMenu;
let focused = null;
let scenarioStarted = false;
let quitting = false;
const setFocused = (window) => { focused = window; };

function emit(name, ...args) {
  for (const listener of listeners.get(name) ?? []) listener(...args);
}

function finish(code) {
  process.stdout.write(`${JSON.stringify({ ...report, exitCode: code })}\n`);
  process.exit(code);
}

function cancellable(fields = {}) {
  return { ...fields, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

export const app = {
  on(name, listener) {
    listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    return app;
  },
  emit,
  whenReady: () => Promise.resolve(),
  enableSandbox: () => { report.sandboxEnabled = true; },
  requestSingleInstanceLock: () => process.env.PARLEY_FAKE_SECOND_INSTANCE !== '1',
  setName: (name) => { report.appName = name; },
  getVersion: () => '0.1.0',
  setPath: (name, path) => { paths.set(name, path); },
  setAppLogsPath: (path) => { if (path) paths.set('logs', path); },
  getPath: (name) => paths.get(name) ?? '/nonexistent',
  quit() {
    report.calls.push('quit');
    quitting = true;
    // As Electron does: windows close first, then will-quit may hold the quit.
    for (const window of [...BrowserWindow.windows]) window.close();
    const event = cancellable();
    emit('will-quit', event);
    if (!event.defaultPrevented) finish(0);
  },
  exit: (code) => finish(code),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => { report.schemes = schemes; },
  handle: (scheme, handler) => { report.handledScheme = scheme; protocolHandler = handler; },
};

export const ipcMain = {
  handle(channel, handler) {
    if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcHandlers.set(channel, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => handler({}, 'media', (granted) => { report.permissionRequestGranted = granted; }, {}),
    setPermissionCheckHandler: (handler) => { report.permissionCheckGranted = handler(null, 'clipboard-read', 'app://parley', {}); },
  },
};

export const shell = {
  openExternal: async (url) => { report.openedExternally = [...(report.openedExternally ?? []), url]; },
  openPath: async (path) => { report.openedPaths.push(path); return ''; },
};

export const dialog = {
  showErrorBox: (title, content) => { report.errorBox = { title, content }; report.errorBoxes.push({ title, content }); },
  showOpenDialog: async (...args) => {
    const options = args.at(-1);
    report.dialogs.push({ title: options.title, properties: options.properties });
    const answer = process.env.PARLEY_FAKE_DIALOG_ANSWER;
    return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
  },
};

export const screen = {
  getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
  getAllDisplays: () => [screen.getPrimaryDisplay()],
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => { applicationMenu = menu; },
};

function fakeContents(window) {
  const on = new Map();
  return {
    on(name, listener) { on.set(name, listener); return this; },
    setWindowOpenHandler(handler) { this.windowOpenHandler = handler; },
    fire(name, fields) { const event = cancellable(fields); on.get(name)?.(event); return event.defaultPrevented; },
    send(channel, payload) { report.sent.push({ window: window.id, channel, payload }); },
    reload() { window.record.reloads += 1; },
    isDestroyed: () => window.destroyed,
  };
}

let nextId = 1;

export class BrowserWindow {
  static windows = [];
  static getAllWindows = () => BrowserWindow.windows;
  static getFocusedWindow = () => focused;

  constructor(options) {
    this.id = nextId++;
    this.options = options;
    this.events = new Map();
    this.maximized = false;
    this.destroyed = false;
    this.record = { id: this.id, options, title: options.title, shown: false, focused: 0, reloads: 0 };
    report.window ??= options;
    report.windows.push(this.record);
    this.webContents = fakeContents(this);
    BrowserWindow.windows.push(this);
    emit('web-contents-created', cancellable(), this.webContents);
  }

  on(name, listener) { this.events.set(name, [...(this.events.get(name) ?? []), listener]); return this; }
  once(name, listener) { return this.on(name, listener); }
  emitEvent(name, ...args) { for (const listener of this.events.get(name) ?? []) listener(...args); }
  show() { this.record.shown = true; }
  focus() { setFocused(this); this.record.focused += 1; this.emitEvent('focus'); }
  isMinimized() { return false; }
  restore() {}
  maximize() { this.maximized = true; this.record.maximized = true; }
  isMaximized() { return this.maximized; }
  getNormalBounds() { const { x, y, width, height } = this.options; return { x, y, width, height }; }
  setTitle(title) { this.record.title = title; }
  isDestroyed() { return this.destroyed; }

  close() {
    if (this.destroyed) return;
    this.emitEvent('close', cancellable());
    this.destroyed = true;
    BrowserWindow.windows = BrowserWindow.windows.filter((w) => w !== this);
    if (focused === this) focused = null;
    this.emitEvent('closed');
    // Electron does not emit it while quitting: the quit is already closing every window.
    if (BrowserWindow.windows.length === 0 && !quitting) emit('window-all-closed');
  }

  async loadURL(url) {
    this.url = url;
    report.loadedUrl = url;
    const page = await protocolHandler(new globalThis.Request(url));
    report.page ??= { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() };
    this.emitEvent('ready-to-show');
    this.focus();
    if (!scenarioStarted) {
      scenarioStarted = true;
      setTimeout(runScenario, 10);
    }
  }
}

/** What a scenario gets: the windows, the page's IPC, the menu, the app's events. */
const fake = {
  report,
  app,
  windows: () => BrowserWindow.windows,
  focused: () => focused,
  call(window, operation, request = {}, frameUrl = window.url) {
    return ipcHandlers.get('parley:call')({ sender: window.webContents, senderFrame: { url: frameUrl, parent: null } }, { operation, request });
  },
  menu: () => applicationMenu?.template ?? [],
  /** Clicks a menu item by its labels, as `['File', 'Open Recent', 'Talks']`. */
  click(...labels) {
    let items = fake.menu();
    let item;
    for (const label of labels) {
      item = items.find((i) => (i.label ?? '').replace('&', '') === label);
      if (!item) throw new Error(`no menu item ${labels.join(' > ')}`);
      items = item.submenu ?? [];
    }
    item.click();
  },
  settle: () => new Promise((resolve) => setTimeout(resolve, 50)),
  /** Waits until the shell has done something; the work behind an event runs on its own. */
  async until(what, condition) {
    for (let i = 0; i < 1500; i++) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`gave up waiting for ${what}; error boxes: ${JSON.stringify(report.errorBoxes)}`);
  },
};

async function runScenario() {
  const scenario = process.env.PARLEY_FAKE_SCENARIO;
  try {
    if (scenario) {
      const module = await import(pathToFileURL(scenario).href);
      await module.default(fake);
    }
  } catch (error) {
    report.scenarioError = String(error?.stack ?? error);
  }
  app.quit();
}
