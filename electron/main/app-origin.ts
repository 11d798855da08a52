/**
 * Where the desktop renderer lives: a privileged custom scheme instead of `file://`, so the
 * page has a real origin of its own that CSP `'self'`, the navigation guards and the IPC
 * sender check can all name, and no access to the rest of the disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses without throwing: every caller treats a malformed URL as untrusted. */
export function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
