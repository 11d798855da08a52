import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../electron/core/notebook';
import { must, newNotebook } from '../core/support/notebook';
import { importArticle } from './support';

/** What the app shows for a notebook that will not open: the file to blame, relative to the notebook. */
async function damagedFileOnOpen(folder: string): Promise<unknown> {
  const error = await openNotebook(folder).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: 'notebook-damaged' });
  return (error as { file?: unknown }).file;
}

describe('a damaged notebook names the file to blame', () => {
  it('a missing source file, and one that belongs to another source', async () => {
    const notebook = await newNotebook();
    const first = await importArticle(notebook, 1);
    const second = await importArticle(notebook, 2);
    await notebook.close();
    const path = (id: string) => join(notebook.path, 'sources', `${id}.json`);
    await writeFile(path(first), await readFile(path(second)));
    expect(await damagedFileOnOpen(notebook.path)).toBe(`sources/${first}.json`);
    await unlink(path(first));
    expect(await damagedFileOnOpen(notebook.path)).toBe(`sources/${first}.json`);
  });

  it('a brief file that is not a brief', async () => {
    const notebook = await newNotebook();
    const brief = await must(notebook, 'briefs.create', { title: 'Weekly brief' });
    await notebook.close();
    await writeFile(join(notebook.path, 'briefs', `${brief.id}.json`), '{"schemaVersion": 1}');
    expect(await damagedFileOnOpen(notebook.path)).toBe(`briefs/${brief.id}.json`);
  });
});
