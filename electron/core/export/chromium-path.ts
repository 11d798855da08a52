/**
 * Where a Chromium or Chrome to print PDF with may be, on each system. Pure: the platform,
 * the environment and the file check are passed in, so every case is testable anywhere.
 */

export type Env = Readonly<Record<string, string | undefined>>;

/** Variables a person sets to name the browser; Parley's own first, then the common one. */
export const CHROMIUM_ENV_VARS = ['PARLEY_CHROMIUM', 'CHROME_PATH'] as const;

/** Windows spells its variables in any case; a plain object (as in tests) does not forgive that. */
function envValue(env: Env, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : env[key]?.trim();
  return value ? value : undefined;
}

/** Usual install places, most likely first. Edge is Chromium too and is on every Windows. */
export function chromiumCandidates(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const home = envValue(env, 'HOME');
    return [...apps.map((app) => `/Applications/${app}`), ...(home ? apps.map((app) => `${home}/Applications/${app}`) : [])];
  }
  if (platform === 'win32') {
    const roots = ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'].map((name) => envValue(env, name)).filter((root) => root !== undefined);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return apps.flatMap((app) => roots.map((root) => `${root.replace(/\\+$/, '')}\\${app}`));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

export type ChromiumLookup =
  | { found: string }
  /** A variable names a file that is not there: said plainly rather than silently ignored. */
  | { missing: { variable: string; path: string } }
  | { none: string[] };

export function findChromium(platform: NodeJS.Platform, env: Env, exists: (path: string) => boolean): ChromiumLookup {
  for (const variable of CHROMIUM_ENV_VARS) {
    const path = envValue(env, variable);
    if (path === undefined) continue;
    return exists(path) ? { found: path } : { missing: { variable, path } };
  }
  const candidates = chromiumCandidates(platform, env);
  const found = candidates.find(exists);
  return found ? { found } : { none: candidates };
}
