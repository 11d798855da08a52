import { rendererFileForPath } from '../core/renderer-files';
import { isAppUrl } from './guards';
import { parseUrl } from './app-origin';

/** Maps a request for `app://parley/<path>` to a file inside the built renderer, or null. */
export function rendererFileFor(url: unknown, root: string): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = parseUrl(url);
  // Chromium gives a standard scheme's bare origin the path `/`; Node's parser an empty one.
  return parsed === null ? null : rendererFileForPath(parsed.pathname, root);
}
