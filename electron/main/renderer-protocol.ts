import { contentSecurityPolicy } from '../../shared/csp';
import { contentTypeOf } from '../core/renderer-files';
import { rendererFileFor } from './static-path';

/** What the protocol handler needs from the outside world; tests pass a real temp folder. */
export interface RendererFiles {
  /** Absolute path of the built renderer (Vite's `dist/renderer`). */
  readonly root: string;
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

/** The parts of a fetch `Request` the handler looks at. */
export interface RendererRequest {
  readonly url: string;
  readonly method: string;
}

const notFoundCodes = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/**
 * Answers one `app://parley/…` request from the built renderer folder. Every answer carries
 * the CSP and `nosniff`, because a module script served with a guessed type is refused by
 * Chromium and a sniffed one could run as something it is not.
 */
export async function serveRendererRequest(request: RendererRequest, files: RendererFiles): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = rendererFileFor(request.url, files.root);
  if (file === null) return plain(404, 'Not found');

  let body: Uint8Array;
  try {
    body = await files.readFile(file);
  } catch (error) {
    return notFoundCodes.has(codeOf(error)) ? plain(404, 'Not found') : plain(500, 'Could not read the file');
  }
  const type = contentTypeOf(file);
  // A copy typed as backed by a plain ArrayBuffer, which is what a Response body accepts.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(type) });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // The files change with every build; a stale cached bundle would mismatch the preload.
    'Cache-Control': 'no-cache',
  });
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
