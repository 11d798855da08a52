import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { openNotebook } from '../../electron/core/notebook';
import { parley } from './support/cli';
import { REPO_ROOT, tempNotebookDir } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');

/** Each CLI run starts a process; on a busy machine a few of them take long. */
const CLI_RUNS_TIMEOUT = 240_000;

/** Every record of the notebook at `folder`, read with the engine once the CLI is done with it. */
async function recordsAt(folder: string): Promise<unknown> {
  const notebook = await openNotebook(folder);
  const call = async (operation: string, request: object) => {
    const result = await dispatch(notebook.handlers, operation, request);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  try {
    const sources = await call('sources.list', {});
    const briefs = await call('briefs.list', {});
    return {
      entities: await call('entities.list', {}),
      sources: await Promise.all(sources.map((s: { id: string }) => call('sources.get', { id: s.id }))),
      annotations: await Promise.all(sources.map((s: { id: string }) => call('annotations.list', { sourceId: s.id }))),
      briefs: await Promise.all(briefs.map((b: { id: string }) => call('briefs.get', { id: b.id }))),
    };
  } finally {
    await notebook.close();
  }
}

/** A notebook made with the CLI: the harbour article, a person with an alias, a linked annotation and a drafted brief. */
async function seededNotebook(): Promise<string> {
  const notebook = await tempNotebookDir('cli-bundle');
  const run = (...args: string[]) => parley([...args, '--notebook', notebook, '--json']);
  const sourceId = (await run('import', ARTICLE)).json.imported[0].id;
  await run('entity', 'add', 'Daniel Ferreira', '--alias', 'Ferreira');
  const annotation = (await run('annotate', sourceId, '--quote', 'pause fighting for 48 hours', '--entity', 'Ferreira')).json;
  expect(annotation.id).toMatch(/^[0-9a-f-]{36}$/);
  expect((await run('brief', 'new', 'Where the pause stands', '--cite', annotation.id)).status).toBe(0);
  return notebook;
}

describe('parley bundle', () => {
  let notebook: string;
  beforeAll(async () => {
    notebook = await seededNotebook();
  });

  it('exports the notebook as one zip and imports it into a new notebook with the same records', async () => {
    const file = path.join(path.dirname(notebook), 'talks.parley.zip');
    const exported = await parley(['bundle', 'export', '--out', file, '--notebook', notebook, '--json']);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.json).toMatchObject({ file, title: 'Test', counts: { sources: 1, entities: 1, annotations: 1, briefs: 1 } });

    const copy = path.join(path.dirname(notebook), 'Copy.parley');
    const imported = await parley(['bundle', 'import', file, '--into', copy]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe(`imported “Test” (1 source, 1 annotation, 1 entity, 0 proposals, 1 brief) into ${copy}\n`);

    expect(await recordsAt(copy)).toEqual(await recordsAt(notebook));

    // And back out: byte for byte the same bundle.
    const second = path.join(path.dirname(notebook), 'again.parley.zip');
    const reexported = await parley(['bundle', 'export', '--out', second, '--notebook', copy]);
    expect(reexported.stdout).toMatch(/^wrote the bundle of “Test” \(1 source, .*\) to .*again\.parley\.zip\n$/);
    expect(Buffer.compare(await readFile(second), await readFile(file))).toBe(0);
  }, CLI_RUNS_TIMEOUT);

  it('refuses a hostile bundle, says why, exits non-zero and creates nothing', async () => {
    const parent = path.dirname(notebook);
    const evil = new JSZip();
    evil.file('parley-bundle.json', '{}');
    evil.file('../../escaped.json', '{"pwned":true}', { createFolders: false });
    const file = path.join(parent, 'evil.zip');
    await writeFile(file, await evil.generateAsync({ type: 'nodebuffer' }));
    const before = await readdir(parent);

    const target = path.join(parent, 'Evil.parley');
    const refused = await parley(['bundle', 'import', file, '--into', target, '--json']);
    expect(refused.status).toBe(2);
    expect(refused.json.error).toEqual({ code: 'bad-request', message: expect.stringContaining('"../../escaped.json" points outside') });
    expect(refused.stderr).toMatch(/^parley: That file cannot be imported as a notebook bundle/);
    expect(await readdir(parent)).toEqual(before);
    expect(await readdir(path.dirname(parent))).not.toContain('escaped.json');

    const missing = await parley(['bundle', 'import', path.join(parent, 'nothing.zip'), '--into', target]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/There is no file at .*nothing\.zip/);
  }, CLI_RUNS_TIMEOUT);
});
