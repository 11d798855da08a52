import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../core/dispatch';
import { fail, type Result } from '../../shared/contract';
import { readStaticFile } from './static-files';
import { MAX_BODY_BYTES, refuseApiCall, refuseBodySize, refuseForeign, statusFor, type Refusal } from './guard';
import { contentSecurityPolicy } from '../../shared/csp';

export interface HostOptions {
  /** Operations without a handler answer `unavailable`. */
  handlers: Partial<Handlers>;
  /** The built renderer (Vite output). */
  rendererDir: string;
  /** 0 lets the system pick a free port. */
  port?: number;
  /** Fixed only by tests; normally a fresh random token per launch. */
  token?: string;
  onUnexpected?: (error: unknown) => void;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Browser mode: the renderer and the contract over HTTP on 127.0.0.1 only. The token travels
 * in the URL fragment (never sent to the server by the browser) and comes back as a header.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.onUnexpected?.(error);
      if (!response.headersSent) sendResult(response, 500, fail('internal', 'Parley hit an unexpected problem.'));
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const foreign = refuseForeign(request, port);
    if (foreign) return sendRefusal(response, foreign);
    const url = request.url ?? '/';
    if (url.startsWith('/api/')) return handleApi(request, response, url.slice('/api/'.length).split('?')[0] ?? '');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendRefusal(response, { status: 405, code: 'bad-request', message: 'Only GET is served here.' });
    }
    const file = await readStaticFile(options.rendererDir, url);
    if (!file) {
      const missing = url === '/' || url.startsWith('/index.html');
      const message = missing
        ? 'The Parley interface has not been built. Run `npm run build:renderer`, then reload.'
        : 'Not found.';
      response.writeHead(404, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      response.end(message);
      return;
    }
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, operation: string) {
    const refused = refuseApiCall(request, token);
    if (refused) {
      request.resume();
      return sendRefusal(response, refused);
    }
    const { body, size } = await readBody(request);
    const tooLarge = refuseBodySize(size);
    if (tooLarge) return sendRefusal(response, tooLarge);
    let parsed: unknown;
    try {
      parsed = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendRefusal(response, { status: 400, code: 'bad-request', message: 'The request body is not valid JSON.' });
    }
    // Operation names are plain ASCII and sent as they are; nothing to decode (and a bad
    // escape such as `%E0` must not become an exception).
    const result = await dispatch(options.handlers, operation, parsed, (error) =>
      options.onUnexpected?.(error),
    );
    sendResult(response, result.ok ? 200 : statusFor(result.error.code), result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The body, kept up to the limit; `size` counts every byte sent, kept or not. */
function readBody(request: http.IncomingMessage): Promise<{ body: Buffer; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is drained, not kept, so the client still gets an answer.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve({ body: Buffer.concat(chunks), size }));
    request.on('error', reject);
  });
}

function sendRefusal(response: http.ServerResponse, refusal: Refusal): void {
  sendResult(response, refusal.status, fail(refusal.code, refusal.message));
}

function sendResult(response: http.ServerResponse, status: number, result: Result<unknown>): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(result));
}
