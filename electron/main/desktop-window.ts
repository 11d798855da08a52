import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { MIN_WINDOW_SIZE, placeWindow } from './window-bounds';
import type { WindowState } from './window-state-file';

/** The work areas of the displays plugged in now, the primary one first. */
function workAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

/**
 * A sandboxed window for Parley's page, placed where this notebook's window was last (or
 * centred), shown once painted so nobody sees a blank white frame. The window's title is
 * the shell's to set: the page's own `<title>` would say "Parley" for every notebook.
 */
export function createDesktopWindow(saved: WindowState | undefined, preload: string): BrowserWindow {
  const window = new BrowserWindow({
    ...placeWindow(saved, workAreas()),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Parley',
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, preload },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event) => event.preventDefault());
  return window;
}

export function loadApp(window: BrowserWindow): Promise<void> {
  return window.loadURL(APP_ENTRY_URL);
}

/** What is saved of a window: its size and place when not maximised, and whether it was. */
export function windowStateOf(window: BrowserWindow): WindowState {
  return { ...window.getNormalBounds(), maximized: window.isMaximized() };
}

/**
 * Calls `listener` when the window's place is final: on close, and also once a move or
 * resize ends (macOS and Windows report that), so a crash does not lose the place.
 */
export function onPlaceSettled(window: BrowserWindow, listener: () => void): void {
  window.on('close', listener);
  window.on('resized', listener);
  window.on('moved', listener);
  window.on('maximize', listener);
  window.on('unmaximize', listener);
}

/** Brings a window to the front, out of the dock or taskbar if it was minimised. */
export function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
