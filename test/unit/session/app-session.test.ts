import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../../electron/core/dispatch';
import { AppSession, type LogEntry } from '../../../electron/core/session/app-session';
import type { OperationName, RequestOf, ResponseOf } from '../../../shared/contract';
import { tempFolder } from '../core/support/temp';

const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

async function newSession(root?: string, log?: (entry: LogEntry) => void) {
  const folder = root ?? (await tempFolder());
  const session = new AppSession({
    door: 'browser',
    configFolder: join(folder, 'config'),
    notebooksFolder: join(folder, 'Parley'),
    notebookOptions: { backups: false },
    ...(log ? { log } : {}),
  });
  sessions.push(session);
  return { session, folder };
}

async function must<K extends OperationName>(session: AppSession, operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await dispatch(session.handlers, operation, request);
  if (!result.ok) throw new Error(`${operation}: ${result.error.code}: ${result.error.message}`);
  return result.value as ResponseOf<K>;
}

describe('the app session', () => {
  it('starts on the welcome the very first time, with nothing open', async () => {
    const { session } = await newSession();
    const state = await session.launch();
    expect(state).toMatchObject({ notebook: null, problem: null, recent: [], firstRun: true, door: 'browser' });
    const refused = await dispatch(session.handlers, 'sources.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('creates a notebook by title in the notebooks folder and opens it; a second gets its own folder', async () => {
    const { session, folder } = await newSession();
    const first = await must(session, 'notebooks.create', { title: 'Harbour talks' });
    expect(first.notebook).toMatchObject({ title: 'Harbour talks', path: join(folder, 'Parley', 'Harbour talks.parley') });
    expect(first.firstRun).toBe(false);
    await must(session, 'entities.create', { kind: 'person', name: 'Mara Ilves' });

    const second = await must(session, 'notebooks.create', { title: 'Harbour talks' });
    expect(second.notebook?.path).toBe(join(folder, 'Parley', 'Harbour talks 2.parley'));
    expect(await must(session, 'entities.list', {})).toEqual([]);
    expect(second.recent.map((r) => r.title)).toEqual(['Harbour talks', 'Harbour talks']);
  });

  it('switches notebooks, releasing the lock of the one it leaves', async () => {
    const { session, folder } = await newSession();
    const a = (await must(session, 'notebooks.create', { title: 'A' })).notebook!.path;
    await must(session, 'notebooks.create', { title: 'B' });
    // A second session (another window or process) can now open A: the lock was released.
    const { session: other } = await newSession(folder);
    const opened = await must(other, 'notebooks.open', { path: a });
    expect(opened.notebook?.title).toBe('A');
    // …and while the other holds it, this session is told it is open elsewhere, and keeps B.
    const refused = await dispatch(session.handlers, 'notebooks.open', { path: a });
    expect(refused).toMatchObject({ ok: false, error: { code: 'notebook-locked' } });
    expect((await must(session, 'app.state', {})).notebook?.title).toBe('B');
  });

  it('reopens the last notebook at the next launch', async () => {
    const { session, folder } = await newSession();
    await must(session, 'notebooks.create', { title: 'Talks' });
    await session.dispose();
    const { session: next } = await newSession(folder);
    const state = await next.launch();
    expect(state.notebook?.title).toBe('Talks');
    expect(state.firstRun).toBe(false);
  });

  it('shows a damaged notebook as a problem naming the file, instead of failing the launch', async () => {
    const { session, folder } = await newSession();
    const path = (await must(session, 'notebooks.create', { title: 'Talks' })).notebook!.path;
    await must(session, 'notebooks.close', {});
    await writeFile(join(path, 'notebook.json'), '{"schemaVersion": 1, "title": "Tal');
    const { session: next } = await newSession(folder);
    const state = await next.launch();
    expect(state.notebook).toBeNull();
    expect(state.problem).toMatchObject({ path, code: 'notebook-damaged' });
    expect(state.problem?.message).toContain('notebook.json');
    // Nothing was overwritten while finding out.
    expect(await readFile(join(path, 'notebook.json'), 'utf8')).toBe('{"schemaVersion": 1, "title": "Tal');
  });

  it('refuses to open a folder that is not a notebook, and to create over an existing one', async () => {
    const { session, folder } = await newSession();
    const missing = await dispatch(session.handlers, 'notebooks.open', { path: join(folder, 'nowhere.parley') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await mkdir(join(folder, 'papers'));
    await writeFile(join(folder, 'papers', 'essay.txt'), 'mine');
    const notNotebook = await dispatch(session.handlers, 'notebooks.open', { path: join(folder, 'papers') });
    expect(notNotebook).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const path = (await must(session, 'notebooks.create', { title: 'T' })).notebook!.path;
    const again = await dispatch(session.handlers, 'notebooks.create', { title: 'T', path });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('forgets a notebook from the recent list without touching its files', async () => {
    const { session } = await newSession();
    const path = (await must(session, 'notebooks.create', { title: 'Old' })).notebook!.path;
    await must(session, 'notebooks.close', {});
    const state = await must(session, 'notebooks.forget', { path });
    expect(state.recent).toEqual([]);
    expect(await readFile(join(path, 'notebook.json'), 'utf8')).toContain('"Old"');
  });

  it('says the folder dialog is a desktop feature in the browser, and passes page errors to the log', async () => {
    const logged: LogEntry[] = [];
    const { session } = await newSession(undefined, (entry) => logged.push(entry));
    expect(await dispatch(session.handlers, 'notebooks.choose', { purpose: 'open' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await must(session, 'app.log', { level: 'error', message: 'Reader failed', stack: 'at x' });
    expect(logged).toEqual([{ level: 'error', message: 'Reader failed', stack: 'at x', origin: 'renderer' }]);
  });
});
