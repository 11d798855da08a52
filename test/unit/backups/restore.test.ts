import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, restoreNotebook } from '../../../electron/core/backups';
import { readManifests } from '../../../electron/core/backups/manifest';
import { openNotebook } from '../../../electron/core/notebook';
import { must, newNotebook, track } from '../core/support/notebook';
import { importArticle } from './support';

async function damagedOpen(folder: string): Promise<unknown> {
  return openNotebook(folder).then(
    () => {
      throw new Error('expected the open to fail');
    },
    (error: unknown) => error,
  );
}

describe('restoring a damaged notebook from its backups', () => {
  it('truncated notebook.json: named on open, restored, the damaged bytes set aside unchanged', async () => {
    const notebook = await newNotebook();
    const sourceId = await importArticle(notebook, 1);
    const person = await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    await must(notebook, 'backups.create', {});
    await notebook.close();

    const path = join(notebook.path, 'notebook.json');
    const damaged = (await readFile(path)).subarray(0, 40);
    await writeFile(path, damaged);
    expect(await damagedOpen(notebook.path)).toMatchObject({ code: 'notebook-damaged', file: 'notebook.json' });
    // Listing works on the damaged notebook.
    expect((await listBackups(notebook.path))[0]).toMatchObject({ reason: 'manual', files: 2 });

    const { restored, setAside } = await restoreNotebook(notebook.path);
    expect(restored.reason).toBe('manual');
    expect(setAside.startsWith(join(notebook.path, 'set-aside'))).toBe(true);
    expect(await readFile(join(setAside, 'notebook.json'))).toEqual(damaged);
    expect(await readdir(join(setAside, 'sources'))).toEqual([`${sourceId}.json`]);

    const again = track(await openNotebook(notebook.path));
    expect(await must(again, 'entities.list', {})).toEqual([person]);
    expect((await must(again, 'sources.get', { id: sourceId })).title).toBe('Report 1');
  });

  it('garbled source file: named on open, restored with its annotations', async () => {
    const notebook = await newNotebook();
    const sourceId = await importArticle(notebook, 1);
    const annotation = await must(notebook, 'annotations.create', { sourceId, start: 0, end: 6, comment: 'which report' });
    await must(notebook, 'backups.create', {});
    await notebook.close();

    const path = join(notebook.path, 'sources', `${sourceId}.json`);
    const garbled = Buffer.from((await readFile(path, 'utf8')).replace('"annotations"', '"annot\u0000ions"'));
    await writeFile(path, garbled);
    expect(await damagedOpen(notebook.path)).toMatchObject({ code: 'notebook-damaged', file: `sources/${sourceId}.json` });

    const { setAside } = await restoreNotebook(notebook.path);
    expect(await readFile(join(setAside, 'sources', `${sourceId}.json`))).toEqual(garbled);
    const again = track(await openNotebook(notebook.path));
    expect(await must(again, 'annotations.get', { id: annotation.id })).toEqual(annotation);
  });

  it('skips a backup whose copy was damaged and restores the next older good one', async () => {
    const notebook = await newNotebook();
    await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    const older = await must(notebook, 'backups.create', {});
    await must(notebook, 'entities.create', { name: 'Yossi Cohen' });
    const newer = await must(notebook, 'backups.create', {});
    await notebook.close();

    const manifest = (await readManifests(notebook.path)).find((m) => m.id === newer.id)!;
    const copy = join(notebook.path, 'backups', 'objects', manifest.files['notebook.json']!.hash);
    const bytes = await readFile(copy);
    const at = bytes.length - 3;
    bytes[at] = bytes[at]! ^ 1;
    await writeFile(copy, bytes);

    const { restored } = await restoreNotebook(notebook.path);
    expect(restored.id).toBe(older.id);
    const again = track(await openNotebook(notebook.path));
    expect((await must(again, 'entities.list', {})).map((e) => e.name)).toEqual(['Amal Haddad']);
    await again.close();
    // Named, the damaged one is refused.
    await expect(restoreNotebook(notebook.path, newer.id)).rejects.toMatchObject({ code: 'notebook-damaged' });
  });

  it('restores a named backup, and every restore keeps what it replaced', async () => {
    const notebook = await newNotebook();
    const first = await must(notebook, 'backups.create', {});
    await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    await notebook.close();

    const one = await restoreNotebook(notebook.path, first.id);
    const two = await restoreNotebook(notebook.path, first.id);
    expect(one.setAside).not.toBe(two.setAside);
    expect(await readFile(join(one.setAside, 'notebook.json'), 'utf8')).toContain('Amal Haddad');
    expect((await readdir(join(notebook.path, 'set-aside'))).length).toBe(2);
  });

  it('refuses while the notebook is open, and says so when there is nothing to restore', async () => {
    const notebook = await newNotebook();
    await expect(restoreNotebook(notebook.path)).rejects.toMatchObject({ code: 'notebook-locked' });
    await notebook.close();
    await expect(restoreNotebook(notebook.path, '2020-01-01T00-00-00-000Z')).rejects.toMatchObject({ code: 'not-found' });
    await expect(restoreNotebook(join(notebook.path, 'elsewhere.parley'))).rejects.toMatchObject({ code: 'not-found' });

    const bare = await newNotebook('Bare.parley');
    await bare.close();
    for (const id of (await listBackups(bare.path)).map((b) => b.id)) {
      await writeFile(join(bare.path, 'backups', `${id}.json`), '{"id": 1');
    }
    await expect(restoreNotebook(bare.path)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no backup') });
  });

  it('a backup taken while writes stream in is one consistent state', async () => {
    const notebook = await newNotebook();
    const sourceId = await importArticle(notebook, 1);
    const writes: Array<Promise<unknown>> = [];
    for (let i = 0; i < 40; i += 1) {
      writes.push(must(notebook, 'entities.create', { name: `Person ${i}` }));
      writes.push(must(notebook, 'annotations.create', { sourceId, start: i, end: i + 5 }));
      if (i === 20) writes.push(must(notebook, 'backups.create', {}));
    }
    await Promise.all(writes);
    const backup = (await must(notebook, 'backups.list', {}))[0]!;
    await notebook.close();

    await restoreNotebook(notebook.path, backup.id);
    const again = track(await openNotebook(notebook.path));
    const people = (await must(again, 'entities.list', {})).length;
    const annotations = (await must(again, 'annotations.list', { sourceId })).length;
    // Asked for after 21 of each, the backup holds exactly those: none half-written, none missing.
    expect({ people, annotations }).toEqual({ people: 21, annotations: 21 });
  });
});
