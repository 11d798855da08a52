import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin';

/**
 * The shell's security decisions, as pure functions of `unknown` input. URLs are always
 * parsed and compared field by field: a prefix or substring test would let through
 * look-alikes such as `app://parley.evil/` or `https://evil.example/?next=app://parley`.
 */

/** Is this URL a page of Parley's own renderer (`app://parley/…`)? */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    // `host` includes any port, so `app://parley:80/` fails here too.
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The URL to hand to the system browser, or null when it must not leave the app. Only
 * http(s) with a host and without credentials (`http://user@host/` is a classic way to
 * disguise where a link goes). Returns the parser's serialisation, so what is opened is
 * exactly what was checked.
 */
export function externalUrlOf(url: unknown): string | null {
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/**
 * Is an IPC message from the app's own top-level page? Reads `event.senderFrame` without
 * trusting its shape; the frame is null once it has navigated away or been destroyed, and
 * a sub-frame (which CSP should already prevent) is refused too.
 */
export function isTrustedSender(event: unknown): boolean {
  try {
    const frame = propertyOf(event, 'senderFrame');
    if (frame === null || typeof frame !== 'object') return false;
    if (propertyOf(frame, 'parent') !== null) return false;
    return isAppUrl(propertyOf(frame, 'url'));
  } catch {
    // A destroyed frame may throw on access rather than read as null.
    return false;
  }
}

/** For `will-navigate` / `will-redirect`: the page may only move within the app. */
export function guardNavigation(url: unknown, preventDefault: () => void): void {
  if (!isAppUrl(url)) preventDefault();
}

/**
 * For `setWindowOpenHandler`: Parley never opens a second window. A safe http(s) link goes
 * to the system browser instead; anything else is dropped.
 */
export function handleWindowOpen(url: unknown, openExternal: (url: string) => void): { action: 'deny' } {
  const external = externalUrlOf(url);
  if (external !== null) openExternal(external);
  return { action: 'deny' };
}

function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
