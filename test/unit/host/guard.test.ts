import { describe, expect, it } from 'vitest';
import {
  isJsonContentType,
  MAX_BODY_BYTES,
  refuseApiCall,
  refuseBodySize,
  refuseForeign,
  type HostRequest,
} from '../../../electron/host/guard';

const PORT = 41234;
const TOKEN = 'vT3q9xW2bL8mN4pR6sJ1kH7gF5dC0aZy';

function headers(values: HostRequest['headers'], method = 'GET'): HostRequest {
  return { method, headers: values };
}

describe('refuseForeign: which names and pages may reach the host', () => {
  it.each([`127.0.0.1:${PORT}`, `localhost:${PORT}`, `LOCALHOST:${PORT}`, [`127.0.0.1:${PORT}`]])(
    'answers a request addressed to %s',
    (host) => expect(refuseForeign(headers({ host }), PORT)).toBeNull(),
  );

  it.each([
    `127.0.0.1.evil.example:${PORT}`,
    `localhost.evil.example:${PORT}`,
    `evil.example:${PORT}`,
    `127.0.0.1:${PORT + 1}`,
    '127.0.0.1',
    'localhost',
    `127.0.0.1:${PORT}.evil`,
    `[::1]:${PORT}`,
    `0.0.0.0:${PORT}`,
    `127.0.0.1:${PORT}, evil.example`,
    ` 127.0.0.1:${PORT}`,
    '',
  ])('refuses the Host %j with 403 forbidden', (host) => {
    expect(refuseForeign(headers({ host }), PORT)).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('refuses a request with no Host, and one whose Host was sent twice', () => {
    expect(refuseForeign(headers({}), PORT)).toMatchObject({ status: 403, code: 'forbidden' });
    const twice = [`127.0.0.1:${PORT}`, 'evil.example'];
    expect(refuseForeign(headers({ host: twice }), PORT)).toMatchObject({ status: 403, code: 'forbidden' });
    expect(refuseForeign(headers({ host: [] }), PORT)).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it.each([`http://127.0.0.1:${PORT}`, `http://localhost:${PORT}`, `HTTP://127.0.0.1:${PORT}`])(
    'accepts the page it served itself as Origin %s',
    (origin) => expect(refuseForeign(headers({ host: `127.0.0.1:${PORT}`, origin }), PORT)).toBeNull(),
  );

  it.each([
    'null',
    'https://evil.example',
    `http://127.0.0.1:${PORT}.evil`,
    `http://127.0.0.1.evil.example:${PORT}`,
    `http://localhost.evil.example:${PORT}`,
    `http://127.0.0.1:${PORT}/`,
    `http://127.0.0.1:${PORT}/index.html`,
    `https://127.0.0.1:${PORT}`,
    `http://127.0.0.1:${PORT + 1}`,
    'http://127.0.0.1',
    `http://user@127.0.0.1:${PORT}`,
    `app://parley`,
    `file://`,
    '',
  ])('refuses the Origin %j with 403 forbidden', (origin) => {
    expect(refuseForeign(headers({ host: `127.0.0.1:${PORT}`, origin }), PORT)).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('refuses an Origin sent twice, even when one copy is the host’s own', () => {
    const origin = [`http://127.0.0.1:${PORT}`, 'https://evil.example'];
    expect(refuseForeign(headers({ host: `127.0.0.1:${PORT}`, origin }), PORT)).toMatchObject({ status: 403 });
  });
});

describe('refuseApiCall: token, method, JSON body', () => {
  const call = (extra: HostRequest['headers'], method = 'POST') =>
    refuseApiCall(headers({ 'x-parley-token': TOKEN, 'content-type': 'application/json', ...extra }, method), TOKEN);

  it('answers a POST with the token and a JSON body', () => {
    expect(call({})).toBeNull();
    expect(call({ 'content-type': 'application/json; charset=utf-8' })).toBeNull();
    expect(call({ 'content-type': 'Application/JSON' })).toBeNull();
    expect(call({ 'content-length': '1024' })).toBeNull();
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'post'])('refuses the method %s with 405', (method) => {
    expect(call({}, method)).toMatchObject({ status: 405, code: 'bad-request' });
  });

  it('refuses a request without a method', () => {
    const request = { headers: { 'x-parley-token': TOKEN, 'content-type': 'application/json' } };
    expect(refuseApiCall(request, TOKEN)).toMatchObject({ status: 405 });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['one character short', TOKEN.slice(0, -1)],
    ['one character long', `${TOKEN}x`],
    ['a prefix', TOKEN.slice(0, 8)],
    ['very long', TOKEN.repeat(1000)],
    ['wrong in the last character', `${TOKEN.slice(0, -1)}Q`],
    ['in another case', TOKEN.toUpperCase()],
    ['unicode of the same length', 'é'.repeat(TOKEN.length)],
    ['unicode of the same byte length', 'é'.repeat(TOKEN.length / 2)],
    ['padded with spaces', ` ${TOKEN} `],
    ['sent twice', [TOKEN, TOKEN]],
  ])('refuses a token that is %s with 401 unauthorized', (_, token) => {
    const refusal = call({ 'x-parley-token': token as string | string[] | undefined });
    expect(refusal).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(refusal?.message).toMatch(/token/);
  });

  it.each([
    undefined,
    '',
    'text/plain',
    'application/json-seq',
    'application/jsonp',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/plain; application/json',
    'text/plain, application/json',
    'application/ld+json',
    'json',
  ])('refuses the content type %j with 415', (type) => {
    expect(call({ 'content-type': type })).toMatchObject({ status: 415, code: 'bad-request' });
  });

  it('refuses a body declared larger than the limit before reading it', () => {
    expect(call({ 'content-length': String(MAX_BODY_BYTES + 1) })).toMatchObject({ status: 413, code: 'bad-request' });
    expect(call({ 'content-length': String(MAX_BODY_BYTES) })).toBeNull();
  });
});

describe('isJsonContentType', () => {
  it('reads one header value only', () => {
    expect(isJsonContentType(['application/json'])).toBe(true);
    expect(isJsonContentType(['application/json', 'text/plain'])).toBe(false);
  });
});

describe('refuseBodySize', () => {
  it('takes a body up to the limit and refuses one byte more with 413', () => {
    expect(refuseBodySize(0)).toBeNull();
    expect(refuseBodySize(MAX_BODY_BYTES)).toBeNull();
    const refusal = refuseBodySize(MAX_BODY_BYTES + 1);
    expect(refusal).toMatchObject({ status: 413, code: 'bad-request' });
    expect(refusal?.message).toMatch(/too large/);
  });

  it('leaves room for a 50 MB import sent as base64 JSON', () => {
    expect(refuseBodySize(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 1000)).toBeNull();
  });
});
