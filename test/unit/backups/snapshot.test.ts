import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backups';
import { readManifests } from '../../../electron/core/backups/manifest';
import { openNotebook } from '../../../electron/core/notebook';
import { must, newNotebook, track } from '../core/support/notebook';
import { tempFolder } from '../core/support/temp';
import { importArticle, objectCount, settled, testClock } from './support';

describe('backups taken on their own', () => {
  it('backs up the notebook when it opens, without delaying the open', async () => {
    const notebook = await newNotebook();
    await importArticle(notebook, 1);
    await notebook.close();

    const again = track(await openNotebook(notebook.path));
    // The backup waits in the queue; the notebook is usable straight away.
    expect((await must(again, 'sources.list', {})).length).toBe(1);
    await settled(again);
    const backups = await listBackups(notebook.path);
    expect(backups[0]).toMatchObject({ reason: 'open', files: 2 });
    expect(backups[0]!.bytes).toBeGreaterThan(0);
  });

  it('copies only the files that changed since the last backup', async () => {
    const notebook = await newNotebook();
    const ids = [await importArticle(notebook, 1), await importArticle(notebook, 2), await importArticle(notebook, 3)];
    const first = await must(notebook, 'backups.create', {});
    expect(first).toMatchObject({ reason: 'manual', files: 4 });
    const copies = await objectCount(notebook.path);

    // An annotation rewrites its source's file only.
    await must(notebook, 'annotations.create', { sourceId: ids[1]!, start: 0, end: 6 });
    await must(notebook, 'backups.create', {});
    expect(await objectCount(notebook.path)).toBe(copies + 1);

    // Copies are files of their own: damaging a live file in place cannot reach them.
    const [newest] = await readManifests(notebook.path);
    for (const [name, entry] of Object.entries(newest!.files)) {
      const live = await stat(join(notebook.path, name));
      expect(live.nlink).toBe(1);
      expect((await stat(join(notebook.path, 'backups', 'objects', entry.hash))).ino).not.toBe(live.ino);
    }
    expect((await readdir(join(notebook.path, 'backups'))).filter((n) => !n.endsWith('.json'))).toEqual(['objects']);

    // Nothing changed: a manual backup adds no copy.
    await must(notebook, 'backups.create', {});
    expect(await objectCount(notebook.path)).toBe(copies + 1);
    expect((await must(notebook, 'backups.list', {})).length).toBe(4); // open + 3 manual
  });

  it('adds no backup when a notebook is opened again unchanged', async () => {
    const notebook = await newNotebook();
    await importArticle(notebook, 1);
    await notebook.close();
    const changed = track(await openNotebook(notebook.path));
    await settled(changed);
    await changed.close();
    const before = await listBackups(notebook.path);
    expect(before.map((b) => b.files)).toEqual([2, 1]);

    const again = track(await openNotebook(notebook.path));
    await settled(again);
    expect(await listBackups(notebook.path)).toEqual(before);
  });

  it('backs up after editing once the interval has passed, by the notebook’s clock', async () => {
    const clock = testClock();
    const folder = join(await tempFolder(), 'Talks.parley');
    const notebook = track(await openNotebook(folder, { create: true, backups: { everyMinutes: 10, now: clock.now } }));
    await settled(notebook);
    expect((await listBackups(folder)).map((b) => b.reason)).toEqual(['open']);

    clock.advanceMinutes(4);
    await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    await settled(notebook);
    expect(await listBackups(folder)).toHaveLength(1);

    clock.advanceMinutes(7);
    await must(notebook, 'entities.create', { name: 'Yossi Cohen' });
    await settled(notebook);
    const backups = await listBackups(folder);
    expect(backups.map((b) => b.reason)).toEqual(['editing', 'open']);
    expect(backups[0]!.createdAt).toBe('2026-11-22T09:11:00.000Z');
    expect(backups[0]!.id).toBe('2026-11-22T09-11-00-000Z');
    // The backup holds the edit that prompted it.
    const [newest] = await readManifests(folder);
    const copy = await readFile(join(folder, 'backups', 'objects', newest!.files['notebook.json']!.hash), 'utf8');
    expect(copy).toContain('Yossi Cohen');

    // The interval counts from that backup.
    clock.advanceMinutes(3);
    await must(notebook, 'entities.create', { name: 'Omar Nasser' });
    await settled(notebook);
    expect(await listBackups(folder)).toHaveLength(2);
  });

  it('rotates: the newest ten of a day stay, and copies no backup uses are removed', async () => {
    const clock = testClock();
    const folder = join(await tempFolder(), 'Talks.parley');
    const notebook = track(await openNotebook(folder, { create: true, backups: { everyMinutes: 1, now: clock.now } }));
    for (let i = 0; i < 14; i += 1) {
      clock.advanceMinutes(2);
      await must(notebook, 'entities.create', { name: `Person ${i}` });
      await settled(notebook);
    }
    await settled(notebook);
    const backups = await listBackups(folder);
    expect(backups).toHaveLength(10);
    expect(backups[0]!.createdAt).toBe('2026-11-22T09:28:00.000Z');
    // Each backup holds its own notebook.json: one copy per backup kept, none for those let go.
    expect(await objectCount(folder)).toBe(10);
  });

  it('clears what a backup or restore interrupted by a crash left in backups/', async () => {
    const notebook = await newNotebook();
    await settled(notebook);
    const backups = join(notebook.path, 'backups');
    await mkdir(join(backups, 'staging-4242-abcdef'));
    await writeFile(join(backups, 'staging-4242-abcdef', '0'), '{}');
    await mkdir(join(backups, 'restoring-2026-11-22T09-00-00-000Z', 'sources'), { recursive: true });
    await writeFile(join(backups, 'objects', `.${'0'.repeat(64)}.4242.abcdef.parley-tmp`), '{"half');
    await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    await must(notebook, 'backups.create', {});
    expect((await readdir(backups)).filter((n) => !n.endsWith('.json'))).toEqual(['objects']);
    expect(await readdir(join(backups, 'objects'))).toHaveLength(await objectCount(notebook.path));
  });

  it('never fails an edit because its backup failed', async () => {
    const clock = testClock();
    const folder = join(await tempFolder(), 'Talks.parley');
    const notebook = track(await openNotebook(folder, { create: true, backups: { everyMinutes: 10, now: clock.now } }));
    await settled(notebook);
    // A file where the copies go: every write of a copy fails, as on a full disk.
    await rm(join(folder, 'backups', 'objects'), { recursive: true });
    await writeFile(join(folder, 'backups', 'objects'), 'in the way');

    clock.advanceMinutes(11);
    const person = await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    await settled(notebook);
    expect(await listBackups(folder)).toHaveLength(1);
    expect((await must(notebook, 'entities.list', {})).map((e) => e.id)).toEqual([person.id]);
    await expect(must(notebook, 'backups.create', {})).rejects.toThrow(/backups.create failed/);
  });
});
