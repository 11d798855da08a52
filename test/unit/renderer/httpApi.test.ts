import { describe, expect, it } from 'vitest';
import { createHttpApi, type Fetch } from '../../../renderer/api/httpApi';

type Call = { url: string; init: RequestInit };

function fakeFetch(status: number, body: string, calls: Call[] = []): Fetch {
  return async (url, init) => {
    calls.push({ url, init });
    return new Response(body, { status });
  };
}

const info = {
  id: '00000000-0000-7000-8000-000000000001',
  title: 'Ceasefire talks',
  path: '/tmp/talks.parley',
  schemaVersion: 1,
  counts: { sources: 0, entities: 0, proposals: 0, annotations: 0, briefs: 0 },
};

describe('HTTP ApiClient', () => {
  it('posts the operation next to the page with the token and a JSON body', async () => {
    const calls: Call[] = [];
    const api = createHttpApi('tok-123', fakeFetch(200, JSON.stringify({ ok: true, value: info }), calls));
    const result = await api['notebook.info']({});
    expect(result).toEqual({ ok: true, value: info });
    expect(calls[0]?.url).toBe('api/notebook.info');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toMatchObject({ 'content-type': 'application/json', 'x-parley-token': 'tok-123' });
    expect(calls[0]?.init.body).toBe('{}');
  });

  it('reads an error result even when the status is 4xx', async () => {
    const refusal = { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong access token.' } };
    const api = createHttpApi('stale', fakeFetch(401, JSON.stringify(refusal)));
    expect(await api['sources.list']({})).toEqual(refusal);
  });

  it('turns a body that is not JSON into an io-failed error value, not a throw', async () => {
    const api = createHttpApi('tok', fakeFetch(502, '<html>Bad gateway</html>'));
    const result = await api['sources.list']({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('io-failed');
  });
});
