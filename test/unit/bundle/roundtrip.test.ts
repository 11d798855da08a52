import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/core/bundle';
import { openNotebook } from '../../../electron/core/notebook';
import { tempFolder } from '../core/support/temp';
import { buildNotebook, caller, exportedBytes, notebookPlan, recordsOf } from './support';

/** Each run builds, exports and imports a whole notebook on disk; a busy machine needs time for a dozen. */
const PROPERTY_TIMEOUT = 180_000;

describe('notebook bundle round trip', () => {
  it('export → import into a new folder → export gives identical bytes, and the same records', async () => {
    await fc.assert(
      fc.asyncProperty(notebookPlan, async (plan) => {
        const root = await tempFolder();
        const original = await openNotebook(join(root, 'Talks.parley'), { create: true, title: 'Ceasefire talks ☮︎ 停火' });
        try {
          await buildNotebook(original, plan);
          const bundle = await exportedBytes(original);
          const { title } = await importBundle(bundle, join(root, 'Imported.parley'));
          expect(title).toBe('Ceasefire talks ☮︎ 停火');
          const imported = await openNotebook(join(root, 'Imported.parley'));
          try {
            expect(Buffer.compare(await exportedBytes(imported), bundle)).toBe(0);
            expect(await recordsOf(imported)).toEqual(await recordsOf(original));
          } finally {
            await imported.close();
          }
        } finally {
          await original.close();
        }
      }),
      { numRuns: 12 },
    );
  }, PROPERTY_TIMEOUT);

  it('names the file after the notebook and carries only the notebook’s own files', async () => {
    const root = await tempFolder();
    const notebook = await openNotebook(join(root, 'Talks.parley'), { create: true, title: 'Talks: round 2/3' });
    try {
      const call = caller(notebook);
      await call('sources.importText', { text: 'The envoy met Haddad in Doha.' });
      // Things of this machine, not of the notebook: they must stay behind.
      await mkdir(join(notebook.path, 'index'), { recursive: true });
      await writeFile(join(notebook.path, 'index', 'words.json'), '{}');
      await writeFile(join(notebook.path, 'backups', 'stray.json'), '{}');
      await writeFile(join(notebook.path, 'sources', 'unlisted-leftover.json'), '{}');

      const exported = await call('notebook.exportBundle', {});
      expect(exported).toMatchObject({ fileName: 'Talks- round 2-3.parley.zip', mediaType: 'application/zip' });
      const zip = await JSZip.loadAsync(Buffer.from(exported.dataBase64, 'base64'));
      const sourceId = (await call('sources.list', {}))[0].id;
      expect(Object.keys(zip.files)).toEqual(['parley-bundle.json', 'notebook.json', `sources/${sourceId}.json`]);
      const manifest = JSON.parse(await zip.file('parley-bundle.json')!.async('string'));
      expect(manifest).toMatchObject({ format: 'parley-notebook-bundle', version: 1, notebook: { title: 'Talks: round 2/3' } });
      expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['notebook.json', `sources/${sourceId}.json`]);
      expect(manifest.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await notebook.close();
    }
  });

  it('imports into an existing empty folder and the notebook opens there', async () => {
    const root = await tempFolder();
    const notebook = await openNotebook(join(root, 'Talks.parley'), { create: true });
    const bundle = await exportedBytes(notebook).finally(() => notebook.close());
    const target = join(root, 'empty');
    await mkdir(target);
    await importBundle(bundle, target);
    expect((await readdir(target)).sort()).toEqual(['backups', 'briefs', 'notebook.json', 'sources']);
    const reopened = await openNotebook(target);
    await reopened.close();
  });
});
