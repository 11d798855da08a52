import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/model';
import { checkNotebook } from '../../../electron/core/check';
import { TEMP_SUFFIX } from '../../../electron/core/store/durable-file';
import { editSource, seededNotebook } from './seeded';

/** Every file under `folder` with its bytes, by path relative to it. */
async function filesUnder(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path).split('\\').join('/'), await readFile(path, 'base64'));
  }
  return files;
}

describe('parley check --repair', () => {
  it('removes leftover temp files, sets orphaned files aside and says what it did', async () => {
    const notebook = await seededNotebook();
    const orphan = `briefs/${newRecordId()}.json`;
    await writeFile(join(notebook.path, orphan), '{"schemaVersion":1,"briefId":"lost","content":null}');
    const temp = `sources/.${notebook.source.id}.json.4242.0a0b0c${TEMP_SUFFIX}`;
    await writeFile(join(notebook.path, temp), '{"half a sav');

    const report = await checkNotebook(notebook.path, { repair: true });
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.repaired).toHaveLength(2);
    expect(report.repaired[0]).toBe(`Removed ${temp}, left over from an interrupted save.`);
    expect(report.repaired[1]).toMatch(/^Moved briefs\/.*\.json, which notebook\.json does not list, to set-aside\/[0-9TZ-]+\/briefs\//);

    const after = await filesUnder(notebook.path);
    expect(after.has(orphan)).toBe(false);
    expect(after.has(temp)).toBe(false);
    const setAside = [...after.keys()].filter((path) => path.startsWith('set-aside/'));
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatch(new RegExp(`^set-aside/[0-9TZ-]+/${orphan}$`));
    expect(Buffer.from(after.get(setAside[0]!)!, 'base64').toString()).toBe('{"schemaVersion":1,"briefId":"lost","content":null}');
    // A second run has nothing left to do.
    expect(await checkNotebook(notebook.path, { repair: true })).toMatchObject({ ok: true, problems: [], repaired: [] });
  });

  it('never deletes a file someone could want: every file but the temp file is still in the folder, byte for byte', async () => {
    const notebook = await seededNotebook();
    await writeFile(join(notebook.path, `sources/${newRecordId()}.json`), await readFile(join(notebook.path, notebook.sourceFile)));
    await writeFile(join(notebook.path, 'sources', 'notes.txt'), 'my own notes');
    await writeFile(join(notebook.path, `.notebook.json.1.aa${TEMP_SUFFIX}`), '{}');
    const before = await filesUnder(notebook.path);

    await checkNotebook(notebook.path, { repair: true });
    const after = new Set((await filesUnder(notebook.path)).values());
    for (const [path, bytes] of before) {
      if (path.endsWith(TEMP_SUFFIX) || path === '.lock') continue;
      expect(after.has(bytes), `${path} is still somewhere in the notebook`).toBe(true);
    }
    // A file a person put there is reported, not moved.
    expect((await filesUnder(notebook.path)).get('sources/notes.txt')).toBe(Buffer.from('my own notes').toString('base64'));
  });

  it('leaves damage it cannot fix without a choice untouched, and says so', async () => {
    const notebook = await seededNotebook();
    await editSource(notebook, (file) => (file.annotations[0]!.target.position = { start: 0, end: 4 }));
    const damaged = await readFile(join(notebook.path, notebook.sourceFile), 'utf8');

    const report = await checkNotebook(notebook.path, { repair: true });
    expect(report.ok).toBe(false);
    expect(report.repaired).toEqual([]);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'anchoring', repairable: false })]);
    expect(await readFile(join(notebook.path, notebook.sourceFile), 'utf8')).toBe(damaged);
  });
});
