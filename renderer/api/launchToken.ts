/**
 * The browser host prints `http://127.0.0.1:PORT/#token=…`. The token lives in the hash so
 * it never reaches a server log; we move it to sessionStorage (a reload keeps working) and
 * out of the visible URL (it should not end up in a screenshot or a bookmark).
 */
export type LaunchToken = {
  /** The token to send, or null when neither the URL nor this tab's storage has one. */
  token: string | null;
  /** The URL hash with the token removed ('' when nothing else was in it). */
  hash: string;
  /** True when the token came from the URL, so the caller must store it and clean the URL. */
  fromUrl: boolean;
};

/** What may travel in an HTTP header: the host makes base64url tokens; anything else is a mangled URL. */
const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]{1,512}$/;

export function readLaunchToken(hash: string, stored: string | null): LaunchToken {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  params.delete('token');
  const rest = params.toString();
  const cleanHash = rest ? `#${rest}` : '';
  // A fresh URL wins over storage: the host makes a new token on every launch.
  if (fromHash !== null && TOKEN_SHAPE.test(fromHash)) {
    return { token: fromHash, hash: cleanHash, fromUrl: true };
  }
  const token = stored !== null && TOKEN_SHAPE.test(stored) ? stored : null;
  return { token, hash: fromHash !== null ? cleanHash : hash, fromUrl: false };
}
