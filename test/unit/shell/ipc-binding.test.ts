import { describe, expect, it, vi } from 'vitest';
import { createApi, ParleyError, resultSchema, contract, type Result } from '../../../shared/contract';
import { newStamp, type Entity } from '../../../shared/model';
import { dispatch, type Handlers } from '../../../electron/core/dispatch';
import { CONTRACT_CHANNEL } from '../../../electron/main/channel';
import { isTrustedSender } from '../../../electron/main/guards';
import { bindContract, type ContractListener } from '../../../electron/main/ipc-binding';
import { ipcTransport } from '../../../electron/preload/transport';

/** What ipcMain hands a listener, as far as the binding looks. */
type FakeEvent = { senderFrame: { url: string; parent: null } | null };

const fromApp: FakeEvent = { senderFrame: { url: 'app://parley/index.html', parent: null } };

/** Stands in for ipcMain: a channel registry that refuses a second handler, as ipcMain does. */
function fakeIpcMain() {
  const listeners = new Map<string, ContractListener<FakeEvent>>();
  return {
    handle(channel: string, listener: ContractListener<FakeEvent>) {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
    invoke(channel: string, event: FakeEvent, payload: unknown): Promise<Result<unknown>> {
      const listener = listeners.get(channel);
      if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
      return listener(event, payload);
    },
    channels: () => [...listeners.keys()],
  };
}

/** A small real engine: entities in memory, enough to exercise success and each failure. */
function entityHandlers(): Handlers {
  const entities = new Map<string, Entity>();
  const handlers: Partial<Handlers> = {
    'entities.create': async (fields) => {
      const entity = { ...newStamp(), ...fields };
      entities.set(entity.id, entity);
      return entity;
    },
    'entities.list': async () => [...entities.values()],
    'entities.get': async ({ id }) => {
      const entity = entities.get(id);
      if (entity === undefined) throw new ParleyError('not-found', 'No entity with that id.');
      return entity;
    },
    'entities.delete': async () => {
      throw new Error('disk on fire at /home/researcher/secret-path');
    },
  };
  return handlers as Handlers;
}

function boundShell() {
  const ipcMain = fakeIpcMain();
  const handlers = entityHandlers();
  const onUnexpected = vi.fn();
  bindContract<FakeEvent>({
    handle: (channel, listener) => ipcMain.handle(channel, listener),
    dispatch: (operation, request, sink) => dispatch(handlers, operation, request, sink),
    isTrustedSender,
    onUnexpected,
  });
  const call = (payload: unknown, event: FakeEvent = fromApp) => ipcMain.invoke(CONTRACT_CHANNEL, event, payload);
  return { ipcMain, call, onUnexpected };
}

describe('bindContract', () => {
  it('registers exactly one channel for the whole contract', () => {
    expect(boundShell().ipcMain.channels()).toEqual([CONTRACT_CHANNEL]);
  });

  it('runs an operation from the app’s page and answers with a Result the contract accepts', async () => {
    const { call } = boundShell();
    const created = await call({ operation: 'entities.create', request: { name: 'Amina Diallo', kind: 'person' } });
    expect(created.ok).toBe(true);
    expect(resultSchema(contract['entities.create'].response).safeParse(created).success).toBe(true);

    const listed = await call({ operation: 'entities.list', request: {} });
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Amina Diallo', aliases: [] }] });
  });

  it('answers `forbidden` to any other sender, without running the operation', async () => {
    const { call } = boundShell();
    const strangers: FakeEvent[] = [
      { senderFrame: { url: 'https://evil.example/?next=app://parley', parent: null } },
      { senderFrame: { url: 'app://parley.evil/index.html', parent: null } },
      { senderFrame: { url: 'file:///tmp/index.html', parent: null } },
      { senderFrame: null },
    ];
    for (const event of strangers) {
      const result = await call({ operation: 'entities.create', request: { name: 'Mallory' } }, event);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await call({ operation: 'entities.list', request: {} })).toEqual({ ok: true, value: [] });
  });

  it.each([null, undefined, 'entities.list', 42, ['entities.list', {}], { request: {} }])(
    'answers `bad-request` to the malformed payload %j',
    async (payload) => {
      expect(await boundShell().call(payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    },
  );

  it('lets the contract refuse unknown operations and invalid requests', async () => {
    const { call } = boundShell();
    expect(await call({ operation: 'constructor', request: {} })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call({ operation: '__proto__', request: {} })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const invalid = await call({ operation: 'entities.get', request: { id: '../../notebook.json' } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(invalid.ok ? '' : invalid.error.message).toContain('id');
  });

  it('passes an engine error through as its code', async () => {
    const result = await boundShell().call({ operation: 'entities.get', request: { id: '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b' } });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No entity with that id.' } });
  });

  it('turns an unexpected error into `internal` for the page and the full error for the log', async () => {
    const { call, onUnexpected } = boundShell();
    const result = await call({ operation: 'entities.delete', request: { id: '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret-path');
    expect(onUnexpected).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('secret-path') }), 'entities.delete');
  });

  it('answers `internal` rather than throwing if dispatch itself fails', async () => {
    const ipcMain = fakeIpcMain();
    const onUnexpected = vi.fn();
    bindContract<FakeEvent>({
      handle: (channel, listener) => ipcMain.handle(channel, listener),
      dispatch: () => Promise.reject(new Error('boom')),
      isTrustedSender,
      onUnexpected,
    });
    const result = await ipcMain.invoke(CONTRACT_CHANNEL, fromApp, { operation: 'entities.list', request: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onUnexpected).toHaveBeenCalledOnce();
  });
});

describe('the preload’s API over the binding', () => {
  it('round-trips typed calls from createApi through the one channel', async () => {
    const { ipcMain } = boundShell();
    const seen: unknown[] = [];
    const api = createApi(
      ipcTransport((channel, payload) => {
        seen.push([channel, payload]);
        return ipcMain.invoke(channel, fromApp, payload);
      }),
    );

    const created = await api['entities.create']({ name: 'Lucía Ferrer', aliases: ['L. Ferrer'] });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value).toMatchObject({ name: 'Lucía Ferrer', aliases: ['L. Ferrer'], rev: 1 });

    const fetched = await api['entities.get']({ id: created.value.id });
    expect(fetched).toEqual(created);
    expect(seen[0]).toEqual([CONTRACT_CHANNEL, { operation: 'entities.create', request: { name: 'Lucía Ferrer', aliases: ['L. Ferrer'] } }]);
  });

  it('gives the page an error value when IPC itself fails', async () => {
    const api = createApi(ipcTransport(() => Promise.reject(new Error('Error invoking remote method'))));
    expect(await api['entities.list']({})).toMatchObject({ ok: false, error: { code: 'io-failed' } });
  });
});
