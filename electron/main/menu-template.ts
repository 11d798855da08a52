import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand, AppCommandId } from '../../shared/app-commands';

/**
 * What a menu item does when chosen: an app command (run by the page like the palette
 * runs it, or by the shell for the notebook dialogs), or one of the shell's own chores.
 */
export type MenuAction = AppCommand | { id: 'clear-recent' } | { id: 'open-log-folder' };

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  /** The recent list, newest first. */
  readonly recent: readonly { readonly path: string; readonly title: string }[];
  /** Does the focused window have a notebook open? Items that work on one need it. */
  readonly hasNotebook: boolean;
}

type Item = MenuItemConstructorOptions;

/**
 * The application menu as Electron's template, built fresh whenever the recent list or the
 * focused window's notebook changes. Pure: clicks call `run`, which main.ts routes.
 * Shortcuts the page already handles itself (Import Ctrl+O, Search Ctrl+Shift+F, Help F1)
 * are shown but not registered, so one key press never runs a command twice.
 */
export function buildMenuTemplate(context: MenuContext, run: (action: MenuAction) => void): Item[] {
  const mac = context.platform === 'darwin';
  const command = (label: string, id: AppCommandId, extra: Partial<Item> = {}): Item => ({ label, click: () => run({ id }), ...extra });
  const needsNotebook = { enabled: context.hasNotebook };
  const pageKey = (accelerator: string): Partial<Item> => ({ accelerator, registerAccelerator: false });

  const file: Item[] = [
    command('New Notebook…', 'new-notebook', { accelerator: 'CmdOrCtrl+N' }),
    command('Open Notebook…', 'open-notebook', { accelerator: 'CmdOrCtrl+Shift+O' }),
    { label: 'Open Recent', submenu: recentMenu(context, run) },
    command('Open the Sample Notebook', 'open-sample'),
    { type: 'separator' },
    command('Import Sources…', 'import-sources', { ...needsNotebook, ...pageKey('CmdOrCtrl+O') }),
    command('Import Notebook Bundle…', 'import-bundle'),
    { type: 'separator' },
    command('Export Brief…', 'export-brief', { ...needsNotebook, accelerator: 'CmdOrCtrl+E' }),
    command('Export Annotations…', 'export-annotations', needsNotebook),
    command('Export Notebook Bundle…', 'export-bundle', needsNotebook),
    { type: 'separator' },
    command('Back Up Now', 'back-up-now', needsNotebook),
    command('Restore from Backup…', 'restore-backup', needsNotebook),
    command('Check Notebook…', 'check-notebook', needsNotebook),
    { type: 'separator' },
    command('Close Notebook', 'close-notebook', { ...needsNotebook, accelerator: 'CmdOrCtrl+Shift+W' }),
    { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
    ...(mac ? [] : [{ type: 'separator' } as Item, { role: 'quit', label: context.platform === 'win32' ? 'Exit' : 'Quit', accelerator: 'CmdOrCtrl+Q' } as Item]),
  ];

  const edit: Item[] = [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'pasteAndMatchStyle' },
    { role: 'delete' },
    { type: 'separator' },
    { role: 'selectAll' },
  ];

  const view: Item[] = [
    command('Reader', 'show-reader', { ...needsNotebook, accelerator: 'CmdOrCtrl+1' }),
    command('Compare', 'show-compare', { ...needsNotebook, accelerator: 'CmdOrCtrl+2' }),
    command('Search', 'show-search', { ...needsNotebook, ...pageKey('CmdOrCtrl+Shift+F') }),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    {
      label: 'Theme',
      submenu: [command('Light', 'theme-light'), command('Dark', 'theme-dark'), command('Match the System', 'theme-system')],
    },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];

  const help: Item[] = [
    command('Keyboard Shortcuts', 'show-shortcuts', pageKey('F1')),
    { label: 'Open Log Folder', click: () => run({ id: 'open-log-folder' }) },
    { type: 'separator' },
    command('About Parley', 'show-about'),
  ];

  return [
    ...(mac ? [macAppMenu()] : []),
    { label: mac ? 'File' : '&File', submenu: file },
    { label: mac ? 'Edit' : '&Edit', submenu: edit },
    { label: mac ? 'View' : '&View', submenu: view },
    ...(mac ? [{ role: 'windowMenu' } as Item] : []),
    { label: mac ? 'Help' : '&Help', role: 'help', submenu: help },
  ];
}

/** macOS puts About, Services, Hide and Quit under the app's name, all standard roles. */
function macAppMenu(): Item {
  return {
    label: 'Parley',
    submenu: [
      { role: 'about', label: 'About Parley' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide', label: 'Hide Parley' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: 'Quit Parley' },
    ],
  };
}

function recentMenu(context: MenuContext, run: (action: MenuAction) => void): Item[] {
  const entries: Item[] = context.recent.map((entry) => ({
    label: menuLabel(entry.title || entry.path, context.platform),
    toolTip: entry.path,
    click: () => run({ id: 'open-recent', path: entry.path }),
  }));
  return [
    ...(entries.length > 0 ? entries : [{ label: 'No Recent Notebooks', enabled: false }]),
    { type: 'separator' },
    { label: 'Clear List', enabled: entries.length > 0, click: () => run({ id: 'clear-recent' }) },
  ];
}

/** Outside macOS "&" marks the access key; a title's own "&" must be doubled to show. */
function menuLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replace(/&/g, '&&');
}
