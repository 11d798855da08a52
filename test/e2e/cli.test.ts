import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley } from './support/cli';
import { REPO_ROOT, serveNotebook, tempNotebookDir } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');
const CRLF_ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/corridor-monitors.txt');

describe('parley CLI', () => {
  it('imports a text file, lists it and shows it with its text and versions', async () => {
    const notebook = await tempNotebookDir('cli');
    const imported = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.json.imported).toHaveLength(1);
    const source = imported.json.imported[0];
    expect(source.title).toBe('Mediators float 48-hour pause as harbour talks resume in Valdoria');
    expect(source.id).toMatch(/^[0-9a-f-]{36}$/);

    const listed = await parley(['list', 'sources', '--notebook', notebook, '--json']);
    expect(listed.status).toBe(0);
    expect(listed.json.map((s: { id: string }) => s.id)).toEqual([source.id]);

    const shown = await parley(['show', 'source', source.id, '--notebook', notebook, '--json']);
    expect(shown.status).toBe(0);
    expect(shown.json.versions).toHaveLength(1);
    expect(shown.json.versions[0].reason).toBe('imported');
    expect(shown.json.text).toContain('pause fighting for 48 hours');
  });

  it('normalises CRLF line endings and prints a human summary without --json', async () => {
    const notebook = await tempNotebookDir('cli');
    const run = await parley(['import', CRLF_ARTICLE, '--notebook', notebook]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 imported, 0 duplicates, 0 failed/);
    const id = (await parley(['list', 'sources', '--notebook', notebook, '--json'])).json[0].id;
    const shown = await parley(['show', 'source', id, '--notebook', notebook, '--json']);
    expect(shown.json.text).not.toContain('\r');
    expect(shown.json.title).toBe('Corridor monitors named');
  });

  it('reports a duplicate instead of importing the same text twice', async () => {
    const notebook = await tempNotebookDir('cli');
    const first = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    const again = await parley(['import', ARTICLE, '--notebook', notebook, '--json']);
    expect(again.status).toBe(0);
    expect(again.json.imported).toEqual([]);
    expect(again.json.duplicates).toEqual([{ file: ARTICLE, existingId: first.json.imported[0].id }]);
    expect((await parley(['list', 'sources', '--notebook', notebook, '--json'])).json).toHaveLength(1);
  });

  it('imports the good files, reports the bad ones and exits 1', async () => {
    const notebook = await tempNotebookDir('cli');
    const pdf = path.join(path.dirname(notebook), 'scan.pdf');
    await writeFile(pdf, '%PDF-1.4 not really');
    const missing = path.join(path.dirname(notebook), 'missing.txt');
    const run = await parley(['import', missing, ARTICLE, pdf, '--notebook', notebook, '--json']);
    expect(run.status).toBe(1);
    expect(run.json.imported).toHaveLength(1);
    expect(run.json.failed.map((f: { file: string }) => f.file)).toEqual([missing, pdf]);
    expect(run.json.failed[0].error.message).toContain('missing.txt');
    expect(run.json.failed[1].error.code).toBe('unsupported-file');
  });

  it('imports pasted text from standard input with --paste', async () => {
    const notebook = await tempNotebookDir('cli');
    const run = await parley(['import', '--paste', '--title', 'Radio report, Tuesday', '--notebook', notebook, '--json'], {
      input: 'PORT SELEN — The radio said a pause was agreed.\r\n\r\nNo one confirmed it.',
    });
    expect(run.status).toBe(0);
    expect(run.json.imported[0]).toMatchObject({ title: 'Radio report, Tuesday', format: 'paste' });
    const shown = await parley(['show', 'source', run.json.imported[0].id, '--notebook', notebook, '--json']);
    expect(shown.json.text).toBe('PORT SELEN — The radio said a pause was agreed.\n\nNo one confirmed it.');
  });

  it('imports a web page with its metadata and proposes its boilerplate for trimming', async () => {
    const notebook = await tempNotebookDir('cli');
    const page = path.join(REPO_ROOT, 'test/fixtures/import/article-page.html');
    const run = await parley(['import', page, '--notebook', notebook, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [source] = run.json.imported;
    expect(source.format).toBe('html');
    expect(source.title).not.toBe('');
    expect(source.outlet).not.toBe('');
    expect(Array.isArray(source.boilerplate)).toBe(true);
    const shown = await parley(['show', 'source', source.id, '--notebook', notebook, '--json']);
    expect(shown.json.text).not.toMatch(/<[a-z]/i);
  });

  it('adds entities with aliases and proposals', async () => {
    const notebook = await tempNotebookDir('cli');
    const entity = await parley(['entity', 'add', 'Daniel Ferreira', '--alias', 'D. Ferreira', '--alias', 'Ferreira', '--notebook', notebook, '--json']);
    expect(entity.status).toBe(0);
    expect(entity.json).toMatchObject({ name: 'Daniel Ferreira', kind: 'person', aliases: ['D. Ferreira', 'Ferreira'] });
    const org = await parley(['entity', 'add', 'Northern Coalition', '--kind', 'organisation', '--notebook', notebook, '--json']);
    expect(org.json.kind).toBe('organisation');
    const proposal = await parley(['proposal', 'add', 'Tessalian proposal: 48-hour pause', '--notebook', notebook, '--json']);
    expect(proposal.status).toBe(0);

    const entities = await parley(['list', 'entities', '--notebook', notebook, '--json']);
    expect(entities.json.map((e: { name: string }) => e.name).sort()).toEqual(['Daniel Ferreira', 'Northern Coalition']);
    const shown = await parley(['show', 'proposal', proposal.json.id, '--notebook', notebook]);
    expect(shown.stdout).toContain('Tessalian proposal: 48-hour pause');
  });

  it('says clearly what is wrong with bad input and exits non-zero', async () => {
    const notebook = await tempNotebookDir('cli');
    const kind = await parley(['list', 'things', '--notebook', notebook]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('Cannot list "things"');

    const nowhere = await parley(['list', 'sources', '--notebook', notebook]);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatch(/no Parley notebook at/);
    expect(nowhere.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace

    await parley(['entity', 'add', 'Port Selen', '--kind', 'place', '--notebook', notebook]);
    const unknown = await parley(['show', 'entity', '0190f1a2-0000-7000-8000-000000000000', '--notebook', notebook, '--json']);
    expect(unknown.status).toBe(1);
    expect(unknown.json.error.code).toBe('not-found');
  });

  it('refuses a second process while the notebook is open elsewhere', async () => {
    const notebook = await tempNotebookDir('cli');
    const served = await serveNotebook(notebook);
    try {
      const run = await parley(['list', 'sources', '--notebook', notebook, '--json']);
      expect(run.status).toBe(1);
      expect(run.json.error.code).toBe('notebook-locked');
      expect(run.stderr).toMatch(/open in another/i);
    } finally {
      await served.stop();
    }
    const after = await parley(['list', 'sources', '--notebook', notebook, '--json']);
    expect(after.status).toBe(0);
  });

  it('uses PARLEY_NOTEBOOK when no --notebook is given', async () => {
    const notebook = await tempNotebookDir('cli');
    await parley(['import', ARTICLE], { env: { PARLEY_NOTEBOOK: notebook } });
    const listed = await parley(['list', 'sources', '--json', '--notebook', notebook]);
    expect(listed.json).toHaveLength(1);
  });
});
