import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../../shared/contract';
import { COMMAND_CHANNEL, CONTRACT_CHANNEL } from '../../../electron/main/channel';

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
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipcRenderer = {
    invoke: answer,
    send: () => {},
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  /** Main sending on a channel, as `webContents.send` would; the event carries `sender`, which must not reach the page. */
  const sendFromMain = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, payload);
  };
  const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  // A sandboxed preload's `process` is a small object; `platform` is one of the few things on it.
  const wrapped = runInNewContext(`(function (exports, require, module) {\n${bundle}\n})`, { process: { platform: 'darwin' } }) as (
    exports: unknown,
    require: (name: string) => unknown,
    module: unknown,
  ) => void;
  wrapped(module.exports, sandboxRequire, module);
  return { exposed, required, ipcRenderer, sendFromMain, listeners };
}

describe('the preload bundle', () => {
  it('is one CommonJS file that requires only electron', () => {
    const { required } = loadPreload(async () => ({ ok: true, value: [] }));
    expect(required).toEqual(['electron']);
  });

  it('exposes only window.parley, one function per contract operation, and window.parleyShell', () => {
    const { exposed, ipcRenderer } = loadPreload(async () => ({ ok: true, value: [] }));
    expect([...exposed.keys()]).toEqual(['parley', 'parleyShell']);
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

  it('hands the page the menu’s commands, checked and without the IPC event', () => {
    const { exposed, sendFromMain, listeners } = loadPreload(async () => ({ ok: true, value: [] }));
    const shell = exposed.get('parleyShell') as { platform: string; onCommand(listener: (...args: unknown[]) => void): () => void };
    expect(shell.platform).toBe('darwin');
    const received: unknown[][] = [];
    const stop = shell.onCommand((...args) => received.push(args));
    sendFromMain(COMMAND_CHANNEL, { id: 'show-reader' });
    sendFromMain(COMMAND_CHANNEL, { id: 'open-recent', path: '/data/Talks.parley', extra: 'dropped' });
    sendFromMain(COMMAND_CHANNEL, { id: 'format-disk' });
    sendFromMain(COMMAND_CHANNEL, 'show-reader');
    sendFromMain(CONTRACT_CHANNEL, { id: 'show-search' });
    expect(received).toEqual([[{ id: 'show-reader' }], [{ id: 'open-recent', path: '/data/Talks.parley' }]]);

    stop();
    expect(listeners.get(COMMAND_CHANNEL)?.size).toBe(0);
    sendFromMain(COMMAND_CHANNEL, { id: 'show-compare' });
    expect(received).toHaveLength(2);
  });
});
