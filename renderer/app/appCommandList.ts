import type { AppCommand, AppCommandId } from '../../shared/app-commands';
import type { RecentNotebook } from '../../shared/contract';
import type { Command } from '../search/commands';

type Listed = { id: AppCommandId; title: string; keywords: string[] };

/**
 * The menus' commands as the palette lists them. Import sources, Keyboard shortcuts and
 * searching already have palette lines of their own, so they are not listed twice.
 */
const LISTED: readonly Listed[] = [
  { id: 'new-notebook', title: 'New notebook…', keywords: ['create', 'file'] },
  { id: 'open-notebook', title: 'Open notebook…', keywords: ['folder', 'switch', 'file'] },
  { id: 'open-sample', title: 'Open the sample notebook', keywords: ['example', 'demo', 'tour'] },
  { id: 'export-brief', title: 'Export brief…', keywords: ['docx', 'pdf', 'markdown', 'html', 'save', 'download'] },
  { id: 'export-annotations', title: 'Export annotations…', keywords: ['w3c', 'json-ld', 'csv', 'download'] },
  { id: 'export-bundle', title: 'Export notebook bundle', keywords: ['zip', 'archive', 'copy', 'download', 'share'] },
  { id: 'import-bundle', title: 'Import notebook bundle…', keywords: ['zip', 'archive', 'open'] },
  { id: 'back-up-now', title: 'Back up now', keywords: ['backup', 'snapshot', 'save'] },
  { id: 'restore-backup', title: 'Restore from a backup…', keywords: ['backups', 'undo', 'recover'] },
  { id: 'check-notebook', title: 'Check notebook', keywords: ['verify', 'repair', 'problems', 'damaged'] },
  { id: 'close-notebook', title: 'Close notebook', keywords: ['welcome', 'switch'] },
  { id: 'show-reader', title: 'Reader', keywords: ['read', 'source', 'view'] },
  { id: 'show-compare', title: 'Compare', keywords: ['side by side', 'view'] },
  { id: 'show-search', title: 'Search', keywords: ['find', 'view'] },
  { id: 'zoom-in', title: 'Zoom in', keywords: ['bigger', 'larger', 'text size', 'view'] },
  { id: 'zoom-out', title: 'Zoom out', keywords: ['smaller', 'text size', 'view'] },
  { id: 'zoom-reset', title: 'Actual size', keywords: ['zoom', 'reset', '100%', 'view'] },
  { id: 'theme-light', title: 'Theme: light', keywords: ['appearance', 'colours', 'colors', 'day'] },
  { id: 'theme-dark', title: 'Theme: dark', keywords: ['appearance', 'colours', 'colors', 'night'] },
  { id: 'theme-system', title: 'Theme: follow the system', keywords: ['appearance', 'colours', 'colors', 'auto'] },
  { id: 'show-about', title: 'About Parley', keywords: ['version', 'help'] },
];

/** Every app command for the palette, then one "Open recent" line per notebook still there. */
export function appPaletteCommands(recent: readonly RecentNotebook[], openPath: string | null): Command[] {
  const listed = LISTED.map((c): Command => ({ id: 'app', title: c.title, keywords: c.keywords, app: { id: c.id } }));
  const recents = recent
    .filter((r) => r.available && r.path !== openPath)
    .map((r): Command => ({ id: 'app', title: `Open recent: ${r.title}`, keywords: ['switch', 'notebook', r.path], app: { id: 'open-recent', path: r.path } satisfies AppCommand }));
  return [...listed, ...recents];
}
