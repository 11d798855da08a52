import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the app keeps its own small files (the recent list, window state, logs): the same
 * folder Electron's `app.getPath('userData')` names for an app called Parley, so the
 * desktop app and browser mode share one recent list. PARLEY_CONFIG_DIR overrides it
 * (tests, portable installs).
 */
export function appConfigFolder(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env['PARLEY_CONFIG_DIR']?.trim();
  if (override) return resolve(override);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Parley');
  if (platform === 'win32') return join(env['APPDATA']?.trim() || join(home, 'AppData', 'Roaming'), 'Parley');
  return join(env['XDG_CONFIG_HOME']?.trim() || join(home, '.config'), 'Parley');
}

/** Where new notebooks go unless the person picks a folder: Documents/Parley. */
export function defaultNotebooksFolder(env: Record<string, string | undefined> = process.env, home: string = homedir()): string {
  const override = env['PARLEY_NOTEBOOKS_DIR']?.trim();
  return override ? resolve(override) : join(home, 'Documents', 'Parley');
}
