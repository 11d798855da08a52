import { resolve, sep } from 'node:path';
import { isAppUrl } from './guards';
import { parseUrl } from './app-origin';

const ENTRY_FILE = 'index.html';

/**
 * Maps a request for `app://parley/<path>` to a file inside the built renderer folder, or
 * null when the request names nothing we serve. Each path segment is decoded on its own and
 * refused if decoding could change the path's shape (`..%2f..%2f`, `%5c`, NUL, drive
 * colons), then the joined path is checked to still lie inside `root` as a last line.
 */
export function rendererFileFor(url: unknown, root: string): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = parseUrl(url);
  if (parsed === null) return null;

  // Chromium gives a standard scheme's bare origin the path `/`; Node's parser an empty one.
  if (parsed.pathname === '' || parsed.pathname === '/') return resolve(root, ENTRY_FILE);
  const segments = parsed.pathname.split('/').slice(1);

  const decoded: string[] = [];
  for (const segment of segments) {
    const name = decodeSegment(segment);
    if (name === null) return null;
    decoded.push(name);
  }

  const base = resolve(root);
  const file = resolve(base, ...decoded);
  return file.startsWith(base + sep) ? file : null;
}

function decodeSegment(segment: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    return null;
  }
  // Empty segments are directory paths (`/assets/`) or `//`; we never list folders.
  if (name === '' || name === '.' || name === '..') return null;
  if (/[/\\:\0]/.test(name)) return null;
  return name;
}
