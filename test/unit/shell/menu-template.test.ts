import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuAction, type MenuContext } from '../../../electron/main/menu-template';

type Item = MenuItemConstructorOptions;

const recent = [
  { path: '/home/ada/Documents/Parley/Harbour talks.parley', title: 'Harbour talks' },
  { path: '/home/ada/Documents/Parley/Rivers & Dams.parley', title: 'Rivers & Dams' },
];

function menu(context: Partial<MenuContext> = {}) {
  const actions: MenuAction[] = [];
  const template = buildMenuTemplate({ platform: 'linux', recent, hasNotebook: true, ...context }, (action) => actions.push(action));
  return { template, actions };
}

function submenuOf(items: Item[], label: string): Item[] {
  const found = items.find((item) => item.label?.replace('&', '') === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no submenu ${label}`);
  return found.submenu;
}

function item(items: Item[], label: string): Item {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label} in ${items.map((i) => i.label ?? i.role ?? i.type).join(', ')}`);
  return found;
}

function click(entry: Item): void {
  (entry.click as () => void)();
}

const roles = (items: Item[]) => items.flatMap((i) => (i.role ? [i.role] : []));

describe('the application menu', () => {
  it('has Parley’s app menu with the standard roles first on macOS', () => {
    const { template } = menu({ platform: 'darwin' });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Parley', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(roles(submenuOf(template, 'Parley'))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    // Quit lives in the app menu on a Mac, not under File.
    expect(roles(submenuOf(template, 'File'))).not.toContain('quit');
  });

  it('puts Quit (Exit on Windows) at the end of File elsewhere, with access keys on the menus', () => {
    for (const [platform, label] of [['linux', 'Quit'], ['win32', 'Exit']] as const) {
      const { template } = menu({ platform });
      expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
      const file = submenuOf(template, 'File');
      expect(file.at(-1)).toMatchObject({ role: 'quit', label, accelerator: 'CmdOrCtrl+Q' });
    }
  });

  it('uses the standard Edit roles, so text fields and the editors get native editing', () => {
    expect(roles(submenuOf(menu().template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
  });

  it('offers every File command of the issue with CmdOrCtrl shortcuts', () => {
    const file = submenuOf(menu().template, 'File');
    const labels = file.flatMap((i) => (i.label ? [i.label] : []));
    for (const label of ['New Notebook…', 'Open Notebook…', 'Open Recent', 'Import Sources…', 'Export Brief…', 'Export Annotations…', 'Export Notebook Bundle…', 'Close Notebook']) {
      expect(labels).toContain(label);
    }
    expect(item(file, 'New Notebook…').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open Notebook…').accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(item(file, 'Close Window')).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+W' });
    const accelerators = [...file, ...submenuOf(menu().template, 'View')].flatMap((i) => (i.accelerator ? [String(i.accelerator)] : []));
    for (const accelerator of accelerators) expect(accelerator).not.toMatch(/^(Ctrl|Cmd|Command|Control)\+/);
  });

  it('shows the page’s own shortcuts without registering them, so a key runs once', () => {
    const { template } = menu();
    expect(item(submenuOf(template, 'File'), 'Import Sources…')).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: false });
    expect(item(submenuOf(template, 'View'), 'Search')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+F', registerAccelerator: false });
    expect(item(submenuOf(template, 'Help'), 'Keyboard Shortcuts')).toMatchObject({ accelerator: 'F1', registerAccelerator: false });
  });

  it('disables what needs a notebook when none is open, and keeps the rest', () => {
    const { template } = menu({ hasNotebook: false });
    const file = submenuOf(template, 'File');
    const view = submenuOf(template, 'View');
    for (const label of ['Import Sources…', 'Export Brief…', 'Export Annotations…', 'Export Notebook Bundle…', 'Back Up Now', 'Close Notebook']) {
      expect(item(file, label).enabled, label).toBe(false);
    }
    for (const label of ['Reader', 'Compare', 'Search']) expect(item(view, label).enabled, label).toBe(false);
    for (const label of ['New Notebook…', 'Open Notebook…', 'Open the Sample Notebook', 'Import Notebook Bundle…']) {
      expect(item(file, label).enabled, label).not.toBe(false);
    }
    const withNotebook = submenuOf(menu({ hasNotebook: true }).template, 'File');
    expect(item(withNotebook, 'Export Brief…').enabled).toBe(true);
  });

  it('lists recent notebooks newest first, opens the one chosen and can clear the list', () => {
    const { template, actions } = menu();
    const recentMenu = submenuOf(submenuOf(template, 'File'), 'Open Recent');
    expect(recentMenu.map((i) => i.label ?? i.type)).toEqual(['Harbour talks', 'Rivers && Dams', 'separator', 'Clear List']);
    expect(recentMenu[1]?.toolTip).toBe(recent[1]!.path);
    click(recentMenu[1]!);
    click(item(recentMenu, 'Clear List'));
    expect(actions).toEqual([{ id: 'open-recent', path: recent[1]!.path }, { id: 'clear-recent' }]);
    // A Mac shows "&" as it is.
    const mac = submenuOf(submenuOf(menu({ platform: 'darwin' }).template, 'File'), 'Open Recent');
    expect(mac[1]?.label).toBe('Rivers & Dams');
  });

  it('says so when there are no recent notebooks', () => {
    const recentMenu = submenuOf(submenuOf(menu({ recent: [] }).template, 'File'), 'Open Recent');
    expect(recentMenu[0]).toMatchObject({ label: 'No Recent Notebooks', enabled: false });
    expect(item(recentMenu, 'Clear List').enabled).toBe(false);
  });

  it('sends View and Help choices as app commands, and has zoom roles and a theme submenu', () => {
    const { template, actions } = menu();
    const view = submenuOf(template, 'View');
    expect(roles(view)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    expect(item(view, 'Reader').accelerator).toBe('CmdOrCtrl+1');
    click(item(view, 'Reader'));
    click(item(view, 'Compare'));
    for (const entry of submenuOf(view, 'Theme')) click(entry);
    const help = submenuOf(template, 'Help');
    for (const label of ['Keyboard Shortcuts', 'Open Log Folder', 'About Parley']) click(item(help, label));
    expect(actions.map((a) => a.id)).toEqual([
      'show-reader',
      'show-compare',
      'theme-light',
      'theme-dark',
      'theme-system',
      'show-shortcuts',
      'open-log-folder',
      'show-about',
    ]);
  });
});
