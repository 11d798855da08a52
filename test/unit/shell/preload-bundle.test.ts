import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../../shared/contract';
import { CONTRACT_CHANNEL } from '../../../electron/main/channel';

/*
 * Runs the real preload bundle the way a sandboxed renderer does: one CommonJS file in a
 * fresh context whose `require` knows only `electron`. A bundle that needed a Node built-in
 * or a second file would fail here instead of in the window.
 */

type Exposed = Record<string, (request: unknown) => Promise<unknown>>;

let folder: string;
let bundle: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parley-preload-'));
  const script = pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'build', 'build-electron.mjs')).href;
  const { buildPreload } = (await import(script)) as { buildPreload(outfile: string): Promise<unknown> };
  await buildPreload(join(folder, 'preload.cjs'));
  bundle = await readFile(join(folder, 'preload.cjs'), 'utf8');
}, 30_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function loadPreload(answer: (channel: string, payload: unknown) => Promise<unknown>) {
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const ipcRenderer = { invoke: answer, send: () => {}, on: () => {} };
  const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  const wrapped = runInNewContext(`(function (exports, require, module) {\n${bundle}\n})`, {}) as (
    exports: unknown,
    require: (name: string) => unknown,
    module: unknown,
  ) => void;
  wrapped(module.exports, sandboxRequire, module);
  return { exposed, required, ipcRenderer };
}

describe('the preload bundle', () => {
  it('is one CommonJS file that requires only electron', () => {
    const { required } = loadPreload(async () => ({ ok: true, value: [] }));
    expect(required).toEqual(['electron']);
  });

  it('exposes only window.parley, one function per contract operation', () => {
    const { exposed, ipcRenderer } = loadPreload(async () => ({ ok: true, value: [] }));
    expect([...exposed.keys()]).toEqual(['parley']);
    const api = exposed.get('parley') as Exposed;
    expect(Object.keys(api).sort()).toEqual([...operationNames].sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer.invoke);
    }
  });

  it('sends each call over the contract channel and parses the answer', async () => {
    const calls: unknown[] = [];
    const { exposed } = loadPreload(async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: [] };
    });
    const api = exposed.get('parley') as Exposed;
    expect(await api['entities.list']!({})).toEqual({ ok: true, value: [] });
    expect(calls).toEqual([[CONTRACT_CHANNEL, { operation: 'entities.list', request: {} }]]);
  });

  it('turns an answer of the wrong shape into an error value', async () => {
    const { exposed } = loadPreload(async () => ({ ok: true, value: 'not a list' }));
    const api = exposed.get('parley') as Exposed;
    expect(await api['entities.list']!({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
