// A stand-in for the `electron` module, just enough to run the bundled main process in
// plain Node. It drives the app the way Electron would (ready, one window, a page load,
// an IPC call, a quit) and prints what the shell did as one JSON line when it exits.
import process from 'node:process';
import { setTimeout } from 'node:timers';

const report = { calls: [] };
const listeners = new Map();
let protocolHandler;
const ipcHandlers = new Map();

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
  whenReady: () => Promise.resolve(),
  enableSandbox: () => { report.sandboxEnabled = true; },
  getPath: (name) => (name === 'home' ? process.env.PARLEY_FAKE_HOME : '/nonexistent'),
  quit() {
    report.calls.push('quit');
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

export const shell = { openExternal: async (url) => { report.openedExternally = [...(report.openedExternally ?? []), url]; } };
export const dialog = { showErrorBox: (title, content) => { report.errorBox = { title, content }; } };

function fakeContents() {
  const on = new Map();
  return {
    on(name, listener) { on.set(name, listener); return this; },
    setWindowOpenHandler(handler) { this.windowOpenHandler = handler; },
    fire(name, fields) { const event = cancellable(fields); on.get(name)?.(event); return event.defaultPrevented; },
  };
}

export class BrowserWindow {
  static windows = [];
  static getAllWindows = () => BrowserWindow.windows;

  constructor(options) {
    report.window = options;
    this.webContents = fakeContents();
    BrowserWindow.windows.push(this);
    emit('web-contents-created', cancellable(), this.webContents);
  }

  once() {}
  show() {}

  async loadURL(url) {
    report.loadedUrl = url;
    const page = await protocolHandler(new globalThis.Request(url));
    report.page = { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() };

    const call = (frameUrl, operation) =>
      ipcHandlers.get('parley:call')({ senderFrame: { url: frameUrl, parent: null } }, { operation, request: {} });
    report.info = await call(url, 'notebook.info');
    report.stranger = await call('https://evil.example/?next=app://parley', 'notebook.info');

    const contents = this.webContents;
    report.navigation = {
      externalPrevented: contents.fire('will-navigate', { url: 'https://evil.example/' }),
      redirectPrevented: contents.fire('will-redirect', { url: 'app://parley.evil/' }),
      inAppPrevented: contents.fire('will-navigate', { url: 'app://parley/index.html' }),
      webviewPrevented: contents.fire('will-attach-webview', {}),
    };
    report.windowOpen = [
      contents.windowOpenHandler({ url: 'https://example.org/article' }),
      contents.windowOpenHandler({ url: 'file:///etc/passwd' }),
    ];
    setTimeout(() => app.quit(), 10);
  }
}
