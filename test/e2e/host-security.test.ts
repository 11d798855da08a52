import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveNotebook, tempNotebookDir, type Served } from './support/serve';

/** A raw request, so the test controls headers a browser would not let it set (Host). */
function request(
  served: Served,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: served.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host guards', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveNotebook(await tempNotebookDir('guard'));
  });
  afterAll(() => served?.stop());

  const api = (headers: Record<string, string>, body = '{}') =>
    request(served, { method: 'POST', path: '/api/sources.list', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers an API call that carries the token', async () => {
    const res = await api({ 'x-parley-token': served.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses an API call without the token with 401', async () => {
    const res = await api({});
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe('unauthorized');
  });

  it('refuses a wrong token with 401', async () => {
    const res = await api({ 'x-parley-token': served.token.slice(0, -1) + 'x' });
    expect(res.status).toBe(401);
  });

  it('refuses a foreign Origin with 403 even with the token', async () => {
    const res = await api({ 'x-parley-token': served.token, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a rebound Host name with 403, static files included', async () => {
    const res = await request(served, { path: '/', headers: { host: `evil.example:${served.port}` } });
    expect(res.status).toBe(403);
  });

  it('refuses a non-JSON body with 415', async () => {
    const res = await api({ 'x-parley-token': served.token, 'content-type': 'text/plain' }, 'hello');
    expect(res.status).toBe(415);
  });

  it('answers malformed requests with a bad-request value, not a crash', async () => {
    const res = await request(served, {
      method: 'POST',
      path: '/api/entities.create',
      headers: { 'content-type': 'application/json', 'x-parley-token': served.token },
      body: JSON.stringify({ name: '   ' }),
    });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('bad-request');
    expect(body.error.message).toContain('name');
  });

  it('does not serve files outside the interface folder', async () => {
    const res = await request(served, { path: '/..%2f..%2fpackage.json' });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('"name"');
  });

  it('serves the interface with a strict Content-Security-Policy', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port: served.port, path: '/' }, resolve).on('error', reject),
    );
    res.resume();
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-security-policy'])).toMatch(/^default-src 'none'/);
  });
});
