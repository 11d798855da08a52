import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/model';
import { openNotebook } from '../../../electron/core/notebook';
import { call, must, track } from '../core/support/notebook';
import { seededNotebook } from './seeded';

describe('notebook.check on the open notebook', () => {
  it('checks the files of a notebook in use and sets an orphaned file aside while it stays open', async () => {
    const seeded = await seededNotebook();
    const notebook = track(await openNotebook(seeded.path));
    expect(await must(notebook, 'notebook.check', {})).toMatchObject({ ok: true, problems: [], checked: { sources: 1, annotations: 2, briefs: 1 } });

    const orphan = `${newRecordId()}.json`;
    await writeFile(join(seeded.path, 'sources', orphan), '{}');
    // Checks run between writes: the ones asked for together all land, and the check sees them.
    const [created, report] = await Promise.all([
      must(notebook, 'entities.create', { name: 'Omar Said' }),
      must(notebook, 'notebook.check', { repair: true }),
    ]);
    expect(report.ok).toBe(true);
    expect(report.repaired).toEqual([expect.stringContaining(`sources/${orphan}`)]);
    expect(await readdir(join(seeded.path, 'sources'))).not.toContain(orphan);
    expect((await must(notebook, 'entities.get', { id: created.id })).name).toBe('Omar Said');
  });

  it('refuses a malformed request as a value', async () => {
    const seeded = await seededNotebook();
    const notebook = track(await openNotebook(seeded.path));
    const result = await call(notebook, 'notebook.check', { repair: 'yes' as unknown as boolean });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
