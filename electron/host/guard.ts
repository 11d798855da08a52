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

/** Imports arrive base64-encoded; a 50 MB file is about 67 MB of JSON. */
export const MAX_BODY_BYTES = 80 * 1024 * 1024;

/**
 * One header's value. A header sent twice (an array, or a list a proxy joined with commas)
 * is ambiguous: which copy a check reads and which one a later layer acts on may differ,
 * so it counts as absent and the request is refused.
 */
function single(value: string | string[] | undefined): string | undefined {
  if (Array.isArray(value)) return value.length === 1 ? single(value[0]) : undefined;
  return value === undefined || value.includes(',') ? undefined : value;
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
  // No Origin is a same-origin GET or a tool like curl; any Origin at all must be our own page.
  const sent = request.headers['origin'];
  const origin = single(sent)?.toLowerCase();
  if (sent !== undefined && !hosts.some((h) => origin === `http://${h}`)) {
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
  if (!isJsonContentType(request.headers['content-type'])) {
    return { status: 415, code: 'bad-request', message: 'The API accepts JSON bodies only (content-type: application/json).' };
  }
  return refuseBodySize(declaredLength(request.headers['content-length']) ?? 0);
}

/** `application/json`, in any case, optionally with parameters (`; charset=utf-8`) and nothing else. */
export function isJsonContentType(header: string | string[] | undefined): boolean {
  const type = single(header)?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * The body size rule, for the length a client declares up front and for the bytes counted
 * while reading (a chunked body declares nothing).
 */
export function refuseBodySize(bytes: number): Refusal | null {
  if (bytes <= MAX_BODY_BYTES) return null;
  const megabytes = Math.round(MAX_BODY_BYTES / (1024 * 1024));
  return { status: 413, code: 'bad-request', message: `The request is too large (more than ${megabytes} MB).` };
}

function declaredLength(header: string | string[] | undefined): number | undefined {
  const value = single(header);
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
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
