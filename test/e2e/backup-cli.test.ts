import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley } from './support/cli';
import { REPO_ROOT, tempNotebookDir } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');

describe('parley backup and parley restore', { timeout: 300_000 }, () => {
  it('backs up, lists, and restores a truncated notebook, keeping the damaged file aside', async () => {
    const notebook = await tempNotebookDir('backup');
    const imported = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    expect(imported.status).toBe(0);
    const sourceId = imported.json.imported[0].id;

    const backup = await parley(['backup', '--notebook', notebook]);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up .*Test\.parley as [0-9TZ-]+ \(2 files, [\d.]+ KB\)\.\n$/);

    const listed = await parley(['backup', '--list', '--notebook', notebook, '--json']);
    expect(listed.status).toBe(0);
    expect(listed.json[0]).toMatchObject({ reason: 'manual', files: 2 });
    const human = await parley(['backup', '--list', '--notebook', notebook]);
    expect(human.stdout.split('\n')[0]).toMatch(/^ID\s+TAKEN\s+REASON\s+FILES\s+SIZE$/);
    expect(human.stdout).toContain(listed.json[0].id);

    const file = path.join(notebook, 'notebook.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 50));
    const broken = await parley(['list', 'sources', '--notebook', notebook]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('notebook.json');
    // The damaged notebook's backups can still be listed.
    expect((await parley(['restore', '--list', '--notebook', notebook, '--json'])).json[0].id).toBe(listed.json[0].id);

    const restored = await parley(['restore', '--notebook', notebook]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    const [first, second] = restored.stdout.trim().split('\n');
    expect(first).toMatch(new RegExp(`^Restored backup ${listed.json[0].id}, taken .* UTC on request \\(2 files, [\\d.]+ KB\\), into `));
    const setAside = second!.match(/moved to (.*)\.$/)![1]!;
    expect(await readFile(path.join(setAside, 'notebook.json'), 'utf8')).toHaveLength(50);

    const sources = await parley(['list', 'sources', '--notebook', notebook, '--json']);
    expect(sources.status).toBe(0);
    expect(sources.json.map((s: { id: string }) => s.id)).toEqual([sourceId]);
  });

  it('says clearly when there is no good backup, and exits 1', async () => {
    const notebook = await tempNotebookDir('backup');
    expect((await parley(['import', ARTICLE, '--notebook', notebook])).status).toBe(0);
    const backups = path.join(notebook, 'backups');
    for (const name of (await readdir(backups)).filter((n) => n.endsWith('.json'))) {
      const manifest = JSON.parse(await readFile(path.join(backups, name), 'utf8'));
      // Every copy of notebook.json damaged: no backup is intact.
      const object = path.join(backups, 'objects', manifest.files['notebook.json'].hash);
      await writeFile(object, '{"damaged": true}');
    }
    const restored = await parley(['restore', '--notebook', notebook, '--json']);
    expect(restored.status).toBe(1);
    expect(restored.stderr).toMatch(/parley: None of the \d+ backups of .* is intact/);
    expect(restored.json.error.code).toBe('notebook-damaged');

    const named = await parley(['restore', '--backup', '2020-01-01T00-00-00-000Z', '--notebook', notebook]);
    expect(named.status).toBe(1);
    expect(named.stderr).toContain('has no backup 2020-01-01T00-00-00-000Z');

    const nowhere = await parley(['restore', '--notebook', path.join(notebook, 'missing.parley')]);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toContain('There is no Parley notebook at');
  });
});
