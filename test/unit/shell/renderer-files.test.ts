import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/csp';
import { serveRendererRequest, type RendererFiles } from '../../../electron/main/renderer-protocol';
import { rendererFileFor } from '../../../electron/main/static-path';

let top: string;
let root: string;
let files: RendererFiles;

beforeAll(async () => {
  // A secret beside the renderer folder, as the notebook or the user's files would be.
  top = await mkdtemp(join(tmpdir(), 'parley-shell-'));
  root = join(top, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Parley</title>');
  await writeFile(join(root, 'assets', 'index-4f1c.js'), 'console.log("parley")');
  await writeFile(join(root, 'assets', 'index-9a2b.css'), 'body{margin:0}');
  await writeFile(join(root, 'assets', 'brief view.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(top, 'secret.txt'), 'not for the page');
  files = { root, readFile: (path) => readFile(path) };
});

afterAll(async () => {
  await rm(top, { recursive: true, force: true });
});

describe('rendererFileFor', () => {
  it('maps the app’s URLs to files inside the renderer folder', () => {
    expect(rendererFileFor('app://parley/', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('app://parley', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('app://parley/index.html?x=1#y', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('app://parley/assets/brief%20view.svg', root)).toBe(join(root, 'assets', 'brief view.svg'));
  });

  it.each([
    'app://parley/../secret.txt',
    'app://parley/%2e%2e/secret.txt',
    'app://parley/assets/..%2f..%2fsecret.txt',
    'app://parley/..%5csecret.txt',
    'app://parley/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://parley//etc/passwd',
    'app://parley/assets/',
    'app://parley/C:%5cWindows%5cwin.ini',
    'app://parley/index.html%00.js',
    'app://parley/%E0%A4%A',
    'app://parley.evil/index.html',
    'https://evil.example/?next=app://parley/index.html',
    'file:///etc/passwd',
  ])('never leaves the renderer folder for %s', (url) => {
    // `..` segments that URL parsing already collapsed land back inside the folder: harmless.
    const file = rendererFileFor(url, root);
    if (file !== null) expect(file.startsWith(root + sep)).toBe(true);
  });

  it('refuses encoded separators outright rather than resolving them', () => {
    expect(rendererFileFor('app://parley/assets/..%2f..%2fsecret.txt', root)).toBeNull();
    expect(rendererFileFor('app://parley/..%5csecret.txt', root)).toBeNull();
  });
});

describe('serveRendererRequest', () => {
  const get = (url: string, method = 'GET') => serveRendererRequest({ url, method }, files);

  it('serves the entry page with the CSP and no sniffing', async () => {
    const response = await get('app://parley/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Parley</title>');
  });

  it('labels scripts, styles and images so Chromium will run and show them', async () => {
    expect((await get('app://parley/assets/index-4f1c.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://parley/assets/index-9a2b.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://parley/assets/brief%20view.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 for missing files and escapes, with the CSP still on', async () => {
    for (const url of ['app://parley/assets/missing.js', 'app://parley/assets', 'app://parley/..%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(await response.text()).not.toContain('not for the page');
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://parley/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://parley/index.html', 'POST')).status).toBe(405);
  });

  it('reports a read failure other than a missing file as 500', async () => {
    const failing: RendererFiles = { root, readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) };
    expect((await serveRendererRequest({ url: 'app://parley/', method: 'GET' }, failing)).status).toBe(500);
  });
});
