import type { ParleyApi } from '../../shared/contract';
import { createHttpApi } from './httpApi';
import { readLaunchToken } from './launchToken';

const TOKEN_KEY = 'parley.token';

/** Which door the page talks through, or why it cannot talk at all. */
export type Connection =
  | { door: 'ipc'; api: ParleyApi }
  | { door: 'http'; api: ParleyApi }
  | { door: 'none'; reason: 'no-token' };

/**
 * The UI cannot tell the doors apart: the Electron preload hands us a ParleyApi as
 * `window.parley`; otherwise we are a page served by `parley serve` and talk HTTP.
 */
export function connect(): Connection {
  if (window.parley) return { door: 'ipc', api: window.parley };
  const launch = readLaunchToken(window.location.hash, readStoredToken());
  if (launch.fromUrl && launch.token) {
    storeToken(launch.token);
  }
  if (launch.hash !== window.location.hash) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${launch.hash}`);
  }
  if (!launch.token) return { door: 'none', reason: 'no-token' };
  return { door: 'http', api: createHttpApi(launch.token) };
}

/** The host rejected our token (it restarted): forget it so the next load asks again. */
export function forgetToken(): void {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled; there is then nothing to forget.
  }
}

function readStoredToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function storeToken(token: string): void {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Without storage a reload will need the printed URL again; the page still works now.
  }
}
