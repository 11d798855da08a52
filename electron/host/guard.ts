import { timingSafeEqual } from 'node:crypto';
import type { ErrorCode } from '../../shared/contract';

export interface HostRequest {
  method?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
}

/** The names a page on this machine may use to reach the host; anything else is DNS rebinding or a proxy. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks that a request comes from a page this host served: right Host, no foreign Origin.
 * Applies to every request, static files included, so a rebound name learns nothing.
 */
export function refuseForeign(request: HostRequest, port: number): Refusal | null {
  const hosts = allowedHosts(port);
  const host = single(request.headers['host'])?.toLowerCase();
  if (!host || !hosts.includes(host)) {
    return { status: 403, code: 'forbidden', message: 'This Parley host only answers requests addressed to 127.0.0.1 or localhost.' };
  }
  const origin = single(request.headers['origin']);
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return { status: 403, code: 'forbidden', message: 'Requests from other web pages are refused.' };
  }
  return null;
}

/** An API call must carry the per-launch token and a JSON body. */
export function refuseApiCall(request: HostRequest, token: string): Refusal | null {
  if (request.method !== 'POST') {
    return { status: 405, code: 'bad-request', message: 'The API takes POST requests only.' };
  }
  const given = single(request.headers['x-parley-token']) ?? '';
  if (!sameSecret(given, token)) {
    return {
      status: 401,
      code: 'unauthorized',
      message: 'Missing or wrong access token. Open the address printed by `parley serve`.',
    };
  }
  const type = single(request.headers['content-type'])?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, code: 'bad-request', message: 'The API accepts JSON bodies only (content-type: application/json).' };
  }
  return null;
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** HTTP status for an error value, so logs and tools see the right class of failure. */
export function statusFor(code: ErrorCode): number {
  switch (code) {
    case 'bad-request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
    case 'duplicate':
      return 409;
    case 'unsupported-file':
      return 422;
    case 'notebook-locked':
      return 423;
    default:
      return 500;
  }
}
