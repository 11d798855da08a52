import { extname, resolve, sep } from 'node:path';

const ENTRY_FILE = 'index.html';

/**
 * Maps the path of a request for the built renderer (`/assets/x.js`) to a file inside
 * `root`, or null when it names nothing we serve. Both doors use it: the desktop's `app://`
 * protocol and the browser host. Each segment is decoded on its own and refused if decoding
 * could change the path's shape (`..%2f`, `%5c`, NUL, drive colons); the joined path must
 * still lie inside `root` as a last line.
 */
export function rendererFileForPath(pathname: string, root: string): string | null {
  if (pathname === '' || pathname === '/') return resolve(root, ENTRY_FILE);
  const decoded: string[] = [];
  for (const segment of pathname.split('/').slice(1)) {
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
  // Empty segments are directory paths (`/assets/`) or `//`; folders are never listed.
  if (name === '' || name === '.' || name === '..') return null;
  if (/[/\\:\0]/.test(name)) return null;
  return name;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** A module script served with a guessed type is refused by Chromium, so every file gets one. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
