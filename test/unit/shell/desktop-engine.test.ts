import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, ParleyError, type ParleyApi } from '../../../shared/contract';
import { dispatch } from '../../../electron/core/dispatch';
import { openNotebook, type OpenNotebook } from '../../../electron/core/notebook';
import { isTrustedSender } from '../../../electron/main/guards';
import { bindContract, type ContractListener } from '../../../electron/main/ipc-binding';
import { startupErrorMessage } from '../../../electron/main/startup-error';
import { ipcTransport } from '../../../electron/preload/transport';

/*
 * The desktop path end to end, minus Electron: the preload's API, the one IPC channel,
 * the sender check and the real engine on a real notebook folder.
 */

type FakeEvent = { senderFrame: { url: string; parent: null } };

let folder: string;
let notebook: OpenNotebook;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parley-desktop-'));
  notebook = await openNotebook(join(folder, 'Harbour talks.parley'), { create: true });
});

afterEach(async () => {
  await notebook.close();
  await rm(folder, { recursive: true, force: true });
});

/** `window.parley` as a page at `pageUrl` would get it, wired as main.ts wires it. */
function desktopApi(pageUrl: string): ParleyApi {
  const listeners = new Map<string, ContractListener<FakeEvent>>();
  bindContract<FakeEvent>({
    handle: (channel, listener) => listeners.set(channel, listener),
    dispatch: (operation, request, sink) => dispatch(notebook.handlers, operation, request, sink),
    isTrustedSender,
    onUnexpected: (error) => {
      throw error;
    },
  });
  const event: FakeEvent = { senderFrame: { url: pageUrl, parent: null } };
  return createApi(ipcTransport((channel, payload) => listeners.get(channel)!(event, payload)));
}

describe('the desktop door on the real engine', () => {
  it('imports a text, links an entity and reads both back', async () => {
    const parley = desktopApi('app://parley/index.html');

    const info = await parley['notebook.info']({});
    expect(info).toMatchObject({ ok: true, value: { title: 'Harbour talks', counts: { sources: 0 } } });

    const imported = await parley['sources.importText']({
      title: 'Harbour talks resume',
      text: 'Mediators said the harbour talks would resume on Tuesday with both delegations present.',
    });
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });

    const entity = await parley['entities.create']({ name: 'Port authority', kind: 'organisation' });
    expect(entity).toMatchObject({ ok: true, value: { name: 'Port authority', rev: 1 } });

    const sources = await parley['sources.list']({});
    expect(sources.ok && sources.value.map((s) => s.title)).toEqual(['Harbour talks resume']);
  });

  it('keeps the notebook shut to a page from anywhere else', async () => {
    const stranger = desktopApi('https://evil.example/?next=app://parley');
    expect(await stranger['entities.create']({ name: 'Mallory' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const parley = desktopApi('app://parley/index.html');
    expect(await parley['entities.list']({})).toEqual({ ok: true, value: [] });
  });

  it('tells a second launch on the same notebook why it cannot start', async () => {
    const second = await openNotebook(notebook.path, { create: true }).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(ParleyError);
    expect((second as ParleyError).code).toBe('notebook-locked');
    const message = startupErrorMessage(second);
    expect(message).toContain('start it again once the notebook is free');
    expect(message).not.toMatch(/\n\s+at /);
  });
});
