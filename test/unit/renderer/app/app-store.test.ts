import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/dispatch';
import { AppSession } from '../../../../electron/core/session/app-session';
import { createApi } from '../../../../shared/contract';
import { AppStore } from '../../../../renderer/app/AppStore';
import { tempFolder } from '../../core/support/temp';

const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

/** An AppStore talking to a real app session on temp folders, counting the page reloads it asks for. */
async function storeOnRealSession() {
  const folder = await tempFolder();
  const session = new AppSession({
    door: 'browser',
    configFolder: join(folder, 'config'),
    notebooksFolder: join(folder, 'Parley'),
    notebookOptions: { backups: false } as never,
  });
  sessions.push(session);
  await session.launch();
  const reloads: number[] = [];
  const store = new AppStore(createApi((operation, request) => dispatch(session.handlers, operation, request)), () => reloads.push(1));
  return { store, folder, reloads };
}

describe('the app store', () => {
  it('starts on a first run with nothing open and the notebooks folder named', async () => {
    const { store, folder } = await storeOnRealSession();
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', app: { firstRun: true, notebook: null, problem: null, notebooksFolder: join(folder, 'Parley') } });
  });

  it('creates a notebook by title and reloads the page onto it', async () => {
    const { store, reloads } = await storeOnRealSession();
    await store.load();
    expect(await store.create('Harbour talks')).toBe(true);
    expect(reloads).toHaveLength(1);
    expect(store.getSnapshot().app?.notebook?.title).toBe('Harbour talks');
    expect(store.getSnapshot().app?.recent.map((r) => r.title)).toEqual(['Harbour talks']);
  });

  it('says in plain words why a folder could not be opened, and stays where it was', async () => {
    const { store, folder, reloads } = await storeOnRealSession();
    await store.load();
    expect(await store.open(join(folder, 'nowhere'))).toBe(false);
    expect(reloads).toHaveLength(0);
    expect(store.getSnapshot().problem).toMatch(/^There is no Parley notebook at .*nowhere/);
    expect(store.getSnapshot().busy).toBe(false);
    expect(store.getSnapshot().app?.notebook).toBeNull();
  });

  it('forgets a recent notebook without reloading (what is open does not change)', async () => {
    const { store, reloads } = await storeOnRealSession();
    await store.load();
    await store.create('First');
    await store.create('Second');
    const first = store.getSnapshot().app!.recent.find((r) => r.title === 'First')!;
    await store.forget(first.path);
    expect(reloads).toHaveLength(2);
    expect(store.getSnapshot().app?.recent.map((r) => r.title)).toEqual(['Second']);
    expect(store.getSnapshot().app?.notebook?.title).toBe('Second');
  });

  it('has no folder dialog in the browser: choosing says so and gives no path', async () => {
    const { store } = await storeOnRealSession();
    await store.load();
    expect(await store.choose('open')).toBeNull();
    expect(store.getSnapshot().problem).toMatch(/no folder dialog in the browser/);
  });
});
