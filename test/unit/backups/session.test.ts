import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { AppSession } from '../../../electron/core/session/app-session';
import type { OperationName, RequestOf, ResponseOf } from '../../../shared/contract';
import { tempFolder } from '../core/support/temp';

const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

function newSession(folder: string): AppSession {
  const session = new AppSession({ door: 'browser', configFolder: join(folder, 'config'), notebooksFolder: join(folder, 'Parley') });
  sessions.push(session);
  return session;
}

async function must<K extends OperationName>(session: AppSession, operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await dispatch(session.handlers, operation, request);
  if (!result.ok) throw new Error(`${operation}: ${result.error.code}: ${result.error.message}`);
  return result.value as ResponseOf<K>;
}

describe('a damaged notebook in the app', () => {
  it('is shown with the file to blame and its backups, and is restored from the newest good one', async () => {
    const folder = await tempFolder();
    const session = newSession(folder);
    const path = (await must(session, 'notebooks.create', { title: 'Talks' })).notebook!.path;
    await must(session, 'entities.create', { name: 'Amal Haddad' });
    const backup = await must(session, 'backups.create', {});
    await must(session, 'notebooks.close', {});
    await writeFile(join(path, 'notebook.json'), '{"schemaVersion": 1, "title": "Tal');

    const next = newSession(folder);
    const state = await next.launch();
    expect(state.problem).toMatchObject({ path, code: 'notebook-damaged', file: 'notebook.json' });
    expect(state.problem!.backups[0]).toEqual(backup);

    const restored = await must(next, 'notebooks.restore', { path });
    expect(restored.restored).toEqual(backup);
    expect(restored.state).toMatchObject({ problem: null, notebook: { title: 'Talks' } });
    expect((await must(next, 'entities.list', {})).map((e) => e.name)).toEqual(['Amal Haddad']);
    expect(await readFile(join(restored.setAside, 'notebook.json'), 'utf8')).toBe('{"schemaVersion": 1, "title": "Tal');
  });
});
