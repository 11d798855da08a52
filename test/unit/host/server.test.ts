import http from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { MAX_BODY_BYTES } from '../../../electron/host/guard';
import { contentSecurityPolicy } from '../../../shared/csp';
import { tempFolder } from '../core/support/temp';

const TOKEN = 'test-token-0123456789abcdef';
const running: RunningHost[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.close()));
});

/** A host over a tiny built renderer, with one real handler that counts its calls. */
async function host(calls: unknown[] = []): Promise<RunningHost> {
  const rendererDir = join(await tempFolder(), 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title>');
  const handlers = {
    'sources.list': async (request: unknown) => {
      calls.push(request);
      return [];
    },
  };
  const started = await startHost({ handlers, rendererDir, token: TOKEN });
  running.push(started);
  return started;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: the test sets Host, Content-Length and the rest as an attacker could. */
function send(port: number, options: { method?: string; path: string; headers: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    // The server may answer and close before a refused body is fully sent.
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (port: number, headers: Record<string, string>, body = '{}') =>
  send(port, {
    method: 'POST',
    path: '/api/sources.list',
    headers: { host: `127.0.0.1:${port}`, 'x-parley-token': TOKEN, 'content-type': 'application/json', ...headers },
    body,
  });

describe('the browser host over real HTTP', () => {
  it('serves the page with the content security policy', async () => {
    const { port } = await host();
    const page = await send(port, { path: '/', headers: { host: `127.0.0.1:${port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers nothing, not even the page, to a rebound name', async () => {
    const { port } = await host();
    const page = await send(port, { path: '/', headers: { host: `127.0.0.1.evil.example:${port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('<title>');
  });

  it('runs a call that passes every guard', async () => {
    const calls: unknown[] = [];
    const { port } = await host(calls);
    const answer = await api(port, {});
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: [] });
    expect(calls).toHaveLength(1);
  });

  it('refuses each hostile call with its status and an error value, and never runs the operation', async () => {
    const calls: unknown[] = [];
    const { port } = await host(calls);
    const cases: Array<[Record<string, string>, string, number]> = [
      [{ origin: `http://127.0.0.1:${port}.evil` }, '{}', 403],
      [{ origin: 'null' }, '{}', 403],
      [{ 'x-parley-token': `${TOKEN}x` }, '{}', 401],
      [{ 'content-type': 'text/plain; application/json' }, '{}', 415],
      [{ 'content-type': 'application/json-seq' }, '{}', 415],
      [{}, '{"unclosed": ', 400],
    ];
    for (const [headers, body, status] of cases) {
      const answer = await api(port, headers, body);
      expect(answer.status, JSON.stringify(headers)).toBe(status);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
    }
    expect(calls).toHaveLength(0);
  });

  it('answers an unknown or badly escaped operation name with bad-request, not a crash', async () => {
    const { port } = await host();
    for (const path of ['/api/%E0%A4%A', '/api/sources.list%00', '/api/__proto__', '/api/constructor', '/api/']) {
      const answer = await send(port, {
        method: 'POST',
        path,
        headers: { host: `127.0.0.1:${port}`, 'x-parley-token': TOKEN, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('hands the operation only the fields the contract knows: no prototype pollution through the body', async () => {
    const calls: unknown[] = [];
    const { port } = await host(calls);
    const answer = await api(port, {}, '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "extra": 1}');
    expect(answer.status).toBe(200);
    expect(calls).toEqual([{}]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(calls[0])).toBe(Object.prototype);
  });

  it('refuses a body declared over the limit without waiting for it', async () => {
    const { port } = await host();
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/sources.list',
        headers: {
          host: `127.0.0.1:${port}`,
          'x-parley-token': TOKEN,
          'content-type': 'application/json',
          'content-length': String(MAX_BODY_BYTES + 1),
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.write('{"a":"');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/too large/) } });
  });
});
