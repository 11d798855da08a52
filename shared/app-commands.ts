/**
 * Commands the app offers in its menus (desktop) and its palette (both doors). The desktop
 * menu sends one of these ids to the page, which runs it exactly as the palette would, so
 * the two never drift apart.
 */
export const appCommandIds = [
  // File
  'new-notebook',
  'open-notebook',
  'open-sample',
  'import-sources',
  'export-brief',
  'export-annotations',
  'export-bundle',
  'import-bundle',
  'back-up-now',
  'restore-backup',
  'check-notebook',
  'close-notebook',
  // View
  'show-reader',
  'show-compare',
  'show-search',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'theme-light',
  'theme-dark',
  'theme-system',
  // Help
  'show-shortcuts',
  'show-about',
] as const;
export type AppCommandId = (typeof appCommandIds)[number];

/** "Open recent" carries the notebook's folder along with the command. */
export type AppCommand = { id: AppCommandId } | { id: 'open-recent'; path: string };

export function isAppCommand(value: unknown): value is AppCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { id, path } = value as { id?: unknown; path?: unknown };
  if (id === 'open-recent') return typeof path === 'string' && path.length > 0;
  return typeof id === 'string' && (appCommandIds as readonly string[]).includes(id);
}
