import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parley } from './support/cli';
import { REPO_ROOT, serveNotebook, tempNotebookDir } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');
const ORPHAN = '0199aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee.json';

/**
 * A notebook with one source and one annotation, made once with the CLI and copied for
 * each test (each CLI run starts a whole Parley, which is slow on a busy machine).
 */
let template: { notebook: string; sourceId: string };

beforeAll(async () => {
  const notebook = await tempNotebookDir('check');
  const imported = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
  const sourceId = imported.json.imported[0].id as string;
  const annotated = await parley(['annotate', sourceId, '--quote', 'pause fighting for 48 hours', '--notebook', notebook, '--json']);
  expect(annotated.status).toBe(0);
  template = { notebook, sourceId };
});

async function annotatedNotebook(): Promise<{ notebook: string; sourceId: string }> {
  const notebook = await tempNotebookDir('check');
  await cp(template.notebook, notebook, { recursive: true });
  return { notebook, sourceId: template.sourceId };
}

// Several runs of the real CLI per test.
describe('parley check', { timeout: 240_000 }, () => {
  it('passes a notebook made with Parley and prints what it checked', async () => {
    const { notebook } = await annotatedNotebook();
    const json = await parley(['check', '--notebook', notebook, '--json']);
    expect(json.status).toBe(0);
    expect(json.json).toMatchObject({ ok: true, problems: [], repaired: [], checked: { sources: 1, annotations: 1, briefs: 0 } });

    const human = await parley(['check', '--notebook', notebook]);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('1 source, 1 annotation, 0 briefs');
    expect(human.stdout).toContain('The notebook is sound.');
  });

  it('exits 1 naming a damaged source file, and --repair leaves it as it is', async () => {
    const { notebook, sourceId } = await annotatedNotebook();
    const file = path.join(notebook, 'sources', `${sourceId}.json`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, 200));

    const run = await parley(['check', '--notebook', notebook, '--json']);
    expect(run.status).toBe(1);
    expect(run.json.ok).toBe(false);
    expect(run.json.problems).toEqual([
      expect.objectContaining({ severity: 'error', kind: 'damaged-file', file: `sources/${sourceId}.json`, repairable: false }),
    ]);

    const repair = await parley(['check', '--repair', '--notebook', notebook]);
    expect(repair.status).toBe(1);
    expect(repair.stdout).toContain(`ERROR    sources/${sourceId}.json is damaged`);
    expect(repair.stdout).toContain('restore a backup with parley restore');
    expect(await readFile(file, 'utf8')).toBe(text.slice(0, 200));
  });

  it('warns of leftovers, then --repair removes the temp file and sets the orphan aside, saying so', async () => {
    const { notebook } = await annotatedNotebook();
    await writeFile(path.join(notebook, 'sources', ORPHAN), '{"kept": "for the researcher"}');
    await writeFile(path.join(notebook, '.notebook.json.77.abcdef.parley-tmp'), '{"sch');

    const warned = await parley(['check', '--notebook', notebook]);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('The notebook is sound (2 warnings).');
    expect(warned.stdout).toContain('Run parley check --repair to fix the 2 repairable problems; nothing is deleted.');

    const repaired = await parley(['check', '--repair', '--notebook', notebook, '--json']);
    expect(repaired.status).toBe(0);
    expect(repaired.json.problems).toEqual([]);
    expect(repaired.json.repaired).toEqual([
      'Removed .notebook.json.77.abcdef.parley-tmp, left over from an interrupted save.',
      expect.stringMatching(new RegExp(`^Moved sources/${ORPHAN}, which notebook.json does not list, to set-aside/[0-9TZ-]+/sources/${ORPHAN}\\.$`)),
    ]);
    const [stamp] = await readdir(path.join(notebook, 'set-aside'));
    expect(await readFile(path.join(notebook, 'set-aside', stamp!, 'sources', ORPHAN), 'utf8')).toBe('{"kept": "for the researcher"}');
    expect(await readdir(path.join(notebook, 'sources'))).not.toContain(ORPHAN);
  });

  it('refuses a notebook open elsewhere, and one that is not there', async () => {
    const { notebook } = await annotatedNotebook();
    const served = await serveNotebook(notebook);
    try {
      const run = await parley(['check', '--notebook', notebook]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/open in another Parley window or process/);
    } finally {
      await served.stop();
    }
    const missing = await parley(['check', '--notebook', path.join(path.dirname(notebook), 'Nowhere.parley')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('There is no Parley notebook at');
  });
});
