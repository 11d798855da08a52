import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../electron/core/notebook';
import { NotebookFile, SourceFile, newRecordId } from '../../../shared/model';
import { base64, must, newNotebook, reopen, track } from './support/notebook';
import { tempFolder } from './support/temp';

const article = 'Mediators in Doha said the 48-hour pause could start on Sunday.\n\nBoth sides said “no comment”.';

describe('creating and opening notebooks', () => {
  it('creates the folder layout and titles the notebook after its folder', async () => {
    const notebook = await newNotebook('Ceasefire talks.parley');
    expect((await readdir(notebook.path)).sort()).toEqual(['.lock', 'backups', 'briefs', 'notebook.json', 'sources']);
    const file = NotebookFile.parse(JSON.parse(await readFile(join(notebook.path, 'notebook.json'), 'utf8')));
    expect(file.title).toBe('Ceasefire talks');
    expect((await must(notebook, 'notebook.info', {})).title).toBe('Ceasefire talks');
  });

  it('uses a given title', async () => {
    const notebook = track(await openNotebook(join(await tempFolder(), 'x'), { create: true, title: 'Hostage exchange' }));
    expect((await must(notebook, 'notebook.info', {})).title).toBe('Hostage exchange');
  });

  it('says not-found for a folder without a notebook, and for a missing folder', async () => {
    const empty = await tempFolder();
    await expect(openNotebook(empty)).rejects.toMatchObject({ code: 'not-found' });
    await expect(openNotebook(join(empty, 'nope.parley'))).rejects.toMatchObject({ code: 'not-found' });
    // A refused open leaves no lock behind.
    expect(await readdir(empty)).toEqual([]);
  });

  it('refuses to create a notebook among someone’s files', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'thesis.docx'), 'mine');
    await expect(openNotebook(folder, { create: true })).rejects.toMatchObject({ code: 'bad-request' });
    expect(await readdir(folder)).toEqual(['thesis.docx']);
  });

  it('creates into an existing empty folder and opens an existing notebook with create: true', async () => {
    const folder = await tempFolder();
    const first = await openNotebook(folder, { create: true });
    const { id } = await must(first, 'notebook.info', {});
    await first.close();
    const again = track(await openNotebook(folder, { create: true }));
    expect((await must(again, 'notebook.info', {})).id).toBe(id);
  });

  it('reports a damaged notebook.json, naming it', async () => {
    const notebook = await newNotebook();
    await notebook.close();
    const path = join(notebook.path, 'notebook.json');
    await writeFile(path, '{"schemaVersion":1,"id":');
    const error = await openNotebook(notebook.path).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'notebook-damaged' });
    expect((error as Error).message).toContain(path);
    // The lock was released, and the damaged file was not overwritten.
    expect(await readdir(notebook.path)).not.toContain('.lock');
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion":1,"id":');
  });

  it('reports a notebook.json that is valid JSON but not a notebook', async () => {
    const notebook = await newNotebook();
    await notebook.close();
    const path = join(notebook.path, 'notebook.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...file, entities: [{ name: 'no id' }] }));
    await expect(openNotebook(notebook.path)).rejects.toMatchObject({ code: 'notebook-damaged', message: expect.stringContaining(path) });
  });

  it('refuses a notebook written by a newer Parley', async () => {
    const notebook = await newNotebook();
    await notebook.close();
    const path = join(notebook.path, 'notebook.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...file, schemaVersion: 99 }));
    await expect(openNotebook(notebook.path)).rejects.toMatchObject({
      code: 'notebook-damaged',
      message: expect.stringContaining('newer Parley'),
    });
  });

  it('reports a damaged or missing source file, naming it', async () => {
    const notebook = await newNotebook();
    const outcome = await must(notebook, 'sources.importText', { text: article });
    if (outcome.status !== 'imported') throw new Error('expected an import');
    await notebook.close();
    const path = join(notebook.path, 'sources', `${outcome.source.id}.json`);
    await writeFile(path, '');
    await expect(openNotebook(notebook.path)).rejects.toMatchObject({ code: 'notebook-damaged', message: expect.stringContaining(path) });
    await unlink(path);
    await expect(openNotebook(notebook.path)).rejects.toMatchObject({ code: 'notebook-damaged', message: expect.stringContaining(path) });
  });

  it('clears temp files a crashed writer left, and never reads them as data', async () => {
    const notebook = await newNotebook();
    await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    await notebook.close();
    const leftover = join(notebook.path, '.notebook.json.4242.abcdef.parley-tmp');
    await writeFile(leftover, '{"half": ');
    await mkdir(join(notebook.path, 'sources'), { recursive: true });
    await writeFile(join(notebook.path, 'sources', `.${newRecordId()}.json.1.ff.parley-tmp`), '{');
    const again = track(await openNotebook(notebook.path));
    expect((await must(again, 'entities.list', {})).map((e) => e.name)).toEqual(['Amal Haddad']);
    expect(await readdir(notebook.path)).not.toContain('.notebook.json.4242.abcdef.parley-tmp');
    expect(await readdir(join(notebook.path, 'sources'))).toEqual([]);
  });
});

describe('records survive close and reopen', () => {
  it('entities, proposals, sources, annotations and briefs', async () => {
    let notebook = await newNotebook();
    const person = await must(notebook, 'entities.create', { name: 'Amal Haddad', aliases: ['A. Haddad'], kind: 'person' });
    const qatar = await must(notebook, 'entities.create', { name: 'Qatar', kind: 'country' });
    const proposal = await must(notebook, 'proposals.create', {
      title: 'Egyptian proposal: 48-hour pause',
      mediators: [qatar.id],
      terms: [{ id: newRecordId(), label: 'duration', value: '48 hours' }],
      statusEvents: [{ id: newRecordId(), status: 'floated', date: '2024-05-02' }],
    });
    const imported = await must(notebook, 'sources.importFile', { fileName: 'doha.txt', dataBase64: base64(article) });
    if (imported.status !== 'imported') throw new Error('expected an import');
    const annotation = await must(notebook, 'annotations.create', {
      sourceId: imported.source.id,
      start: article.indexOf('Doha'),
      end: article.indexOf('Doha') + 4,
      links: [
        { kind: 'entity', recordId: qatar.id, role: 'mention' },
        { kind: 'proposal', recordId: proposal.id, role: 'term' },
      ],
      comment: 'where the talks are',
      tags: ['venue'],
    });
    const brief = await must(notebook, 'briefs.create', { title: 'Weekly brief' });
    const content = { root: { type: 'root', children: [] } };
    await must(notebook, 'briefs.update', { id: brief.id, fields: { content } });

    notebook = await reopen(notebook);
    expect(await must(notebook, 'entities.get', { id: person.id })).toEqual(person);
    expect(await must(notebook, 'proposals.get', { id: proposal.id })).toEqual(proposal);
    const source = await must(notebook, 'sources.get', { id: imported.source.id });
    expect(source).toMatchObject({ ...imported.source, versions: [{ text: article, reason: 'imported' }] });
    expect(await must(notebook, 'annotations.get', { id: annotation.id })).toEqual(annotation);
    expect(annotation.target.quote.exact).toBe('Doha');
    const reread = await must(notebook, 'briefs.get', { id: brief.id });
    expect(reread).toMatchObject({ title: 'Weekly brief', content, rev: 2 });
    expect((await must(notebook, 'notebook.info', {})).counts).toEqual({
      sources: 1,
      entities: 2,
      proposals: 1,
      annotations: 1,
      briefs: 1,
    });
  });

  it('keeps a source’s text in its own file and its metadata in notebook.json', async () => {
    const notebook = await newNotebook();
    const imported = await must(notebook, 'sources.importText', { text: article });
    if (imported.status !== 'imported') throw new Error('expected an import');
    const file = SourceFile.parse(JSON.parse(await readFile(join(notebook.path, 'sources', `${imported.source.id}.json`), 'utf8')));
    expect(file.versions[0]?.text).toBe(article);
    expect(await readFile(join(notebook.path, 'notebook.json'), 'utf8')).not.toContain('no comment');
  });
});

describe('updates', () => {
  it('bump rev and updatedAt, change only the named fields, and persist', async () => {
    let notebook = await newNotebook();
    const entity = await must(notebook, 'entities.create', { name: 'Amal Haddad', title: 'envoy' });
    const updated = await must(notebook, 'entities.update', { id: entity.id, fields: { aliases: ['Haddad'] }, rev: 1 });
    expect(updated).toMatchObject({ rev: 2, name: 'Amal Haddad', title: 'envoy', aliases: ['Haddad'], createdAt: entity.createdAt });
    expect(updated.updatedAt >= entity.updatedAt).toBe(true);
    notebook = await reopen(notebook);
    expect(await must(notebook, 'entities.get', { id: entity.id })).toEqual(updated);
  });

  it('refuse a stale rev with conflict, for every kind', async () => {
    const notebook = await newNotebook();
    const entity = await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    const proposal = await must(notebook, 'proposals.create', { title: 'Pause' });
    const brief = await must(notebook, 'briefs.create', { title: 'Brief' });
    const imported = await must(notebook, 'sources.importText', { text: article });
    if (imported.status !== 'imported') throw new Error('expected an import');
    const annotation = await must(notebook, 'annotations.create', { sourceId: imported.source.id, start: 0, end: 9 });
    const { handlers } = notebook;
    const stale = [
      handlers['entities.update']({ id: entity.id, fields: { name: 'X' }, rev: 7 }),
      handlers['proposals.update']({ id: proposal.id, fields: { title: 'X' }, rev: 7 }),
      handlers['briefs.update']({ id: brief.id, fields: { title: 'X' }, rev: 7 }),
      handlers['sources.update']({ id: imported.source.id, fields: { outlet: 'X' }, rev: 7 }),
      handlers['annotations.update']({ id: annotation.id, fields: { comment: 'X' }, rev: 7 }),
    ];
    for (const attempt of stale) await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
  });

  it('update a source’s metadata', async () => {
    let notebook = await newNotebook();
    const imported = await must(notebook, 'sources.importText', { text: article });
    if (imported.status !== 'imported') throw new Error('expected an import');
    await must(notebook, 'sources.update', {
      id: imported.source.id,
      fields: { outlet: 'Gulf Wire', publishedAt: { precision: 'day', date: '2024-05-02' }, url: 'https://example.org/a' },
    });
    notebook = await reopen(notebook);
    expect(await must(notebook, 'sources.get', { id: imported.source.id })).toMatchObject({
      outlet: 'Gulf Wire',
      publishedAt: { precision: 'day', date: '2024-05-02' },
      url: 'https://example.org/a',
      rev: 2,
    });
  });
});

describe('deletes', () => {
  it('leave tombstones and survive reopen', async () => {
    let notebook = await newNotebook();
    const entity = await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    const proposal = await must(notebook, 'proposals.create', { title: 'Pause' });
    const brief = await must(notebook, 'briefs.create', { title: 'Brief' });
    await must(notebook, 'entities.delete', { id: entity.id });
    await must(notebook, 'proposals.delete', { id: proposal.id });
    await must(notebook, 'briefs.delete', { id: brief.id });
    expect(await readdir(join(notebook.path, 'briefs'))).toEqual([]);

    notebook = await reopen(notebook);
    expect(await must(notebook, 'entities.list', {})).toEqual([]);
    expect(await must(notebook, 'proposals.list', {})).toEqual([]);
    expect(await must(notebook, 'briefs.list', {})).toEqual([]);
    const file = NotebookFile.parse(JSON.parse(await readFile(join(notebook.path, 'notebook.json'), 'utf8')));
    expect(file.tombstones.map((t) => [t.kind, t.id])).toEqual([
      ['entity', entity.id],
      ['proposal', proposal.id],
      ['brief', brief.id],
    ]);
  });

  it('of a source remove its file and its annotations', async () => {
    let notebook = await newNotebook();
    const imported = await must(notebook, 'sources.importText', { text: article });
    if (imported.status !== 'imported') throw new Error('expected an import');
    const annotation = await must(notebook, 'annotations.create', { sourceId: imported.source.id, start: 0, end: 9 });
    await must(notebook, 'sources.delete', { id: imported.source.id });
    await expect(stat(join(notebook.path, 'sources', `${imported.source.id}.json`))).rejects.toMatchObject({ code: 'ENOENT' });

    notebook = await reopen(notebook);
    expect(await must(notebook, 'sources.list', {})).toEqual([]);
    await expect(notebook.handlers['annotations.get']({ id: annotation.id })).rejects.toMatchObject({ code: 'not-found' });
    const file = NotebookFile.parse(JSON.parse(await readFile(join(notebook.path, 'notebook.json'), 'utf8')));
    expect(file.tombstones.map((t) => t.kind).sort()).toEqual(['annotation', 'source']);
  });

  it('of an annotation leave a tombstone in its source file', async () => {
    let notebook = await newNotebook();
    const imported = await must(notebook, 'sources.importText', { text: article });
    if (imported.status !== 'imported') throw new Error('expected an import');
    const annotation = await must(notebook, 'annotations.create', { sourceId: imported.source.id, start: 0, end: 9 });
    await must(notebook, 'annotations.delete', { id: annotation.id });
    notebook = await reopen(notebook);
    expect(await must(notebook, 'annotations.list', { sourceId: imported.source.id })).toEqual([]);
    const file = SourceFile.parse(JSON.parse(await readFile(join(notebook.path, 'sources', `${imported.source.id}.json`), 'utf8')));
    expect(file.tombstones).toMatchObject([{ kind: 'annotation', id: annotation.id }]);
  });
});
