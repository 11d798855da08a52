import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleTitle } from '../../../electron/core/bundle';
import { dispatch } from '../../../electron/core/dispatch';
import { AppSession } from '../../../electron/core/session/app-session';
import { tempFolder } from '../core/support/temp';
import { smallBundle, type SmallBundle } from './zips';

let good: SmallBundle;
beforeAll(async () => {
  good = await smallBundle();
});

const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

async function appSession(): Promise<{ session: AppSession; notebooksFolder: string }> {
  const root = await tempFolder();
  const notebooksFolder = join(root, 'Parley');
  const session = new AppSession({ door: 'browser', configFolder: join(root, 'config'), notebooksFolder });
  sessions.push(session);
  return { session, notebooksFolder };
}

describe('importing a bundle in the app', { timeout: 60_000 }, () => {
  it('reads the title from the manifest, and nothing from what is not a bundle', async () => {
    expect(await bundleTitle(good.bytes)).toBe('Ceasefire talks');
    expect(await bundleTitle(Buffer.from('plain text, not a zip'))).toBeNull();
  });

  it('makes a notebook named after the bundle in the notebooks folder and opens it; a second import gets its own folder', async () => {
    const { session, notebooksFolder } = await appSession();
    const request = { fileName: 'from a colleague.zip', dataBase64: good.bytes.toString('base64') };
    const first = await dispatch(session.handlers, 'notebooks.importBundle', request);
    expect(first).toMatchObject({
      ok: true,
      value: { notebook: { title: 'Ceasefire talks', path: join(notebooksFolder, 'Ceasefire talks.parley'), counts: { sources: 1, annotations: 1 } } },
    });
    const second = await dispatch(session.handlers, 'notebooks.importBundle', request);
    expect(second).toMatchObject({ ok: true, value: { notebook: { path: join(notebooksFolder, 'Ceasefire talks 2.parley') } } });
    expect((await readdir(notebooksFolder)).sort()).toEqual(['Ceasefire talks 2.parley', 'Ceasefire talks.parley']);
  });

  it('keeps the open notebook open when a bundle is refused', async () => {
    const { session } = await appSession();
    await dispatch(session.handlers, 'notebooks.importBundle', { fileName: 'a.zip', dataBase64: good.bytes.toString('base64') });
    const refused = await dispatch(session.handlers, 'notebooks.importBundle', { fileName: 'b.zip', dataBase64: Buffer.from('nope').toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('not a zip archive') } });
    expect(await dispatch(session.handlers, 'notebook.info', {})).toMatchObject({ ok: true, value: { title: 'Ceasefire talks' } });
  });
});
