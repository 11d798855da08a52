import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { newRecordId } from '../../../shared/model';
import { call, must, newNotebook } from './support/notebook';

const text = 'The envoy met Haddad in Doha. Haddad said the pause would hold. 🕊️ Doha confirmed.';

async function notebookWithSource() {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text });
  if (outcome.status !== 'imported') throw new Error('expected an import');
  return { notebook, sourceId: outcome.source.id };
}

describe('dispatch on an open notebook', () => {
  it('answers bad-request for invalid requests, before any handler runs', async () => {
    const notebook = await newNotebook();
    expect(await call(notebook, 'entities.create', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call(notebook, 'entities.get', { id: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch(notebook.handlers, 'entities.explode', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    // A patch may not sneak in fields that are not editable.
    const entity = await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    expect(await dispatch(notebook.handlers, 'entities.update', { id: entity.id, fields: { rev: 99 } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await must(notebook, 'entities.list', {})).toHaveLength(1);
  });

  it('answers not-found, naming the kind, for unknown ids of every kind', async () => {
    const notebook = await newNotebook();
    const id = newRecordId();
    for (const [operation, kind] of [
      ['entities.get', 'entity'],
      ['proposals.get', 'proposal'],
      ['sources.get', 'source'],
      ['annotations.get', 'annotation'],
      ['briefs.get', 'brief'],
      ['entities.delete', 'entity'],
      ['sources.delete', 'source'],
      ['annotations.delete', 'annotation'],
      ['briefs.delete', 'brief'],
    ] as const) {
      expect(await dispatch(notebook.handlers, operation, { id })).toEqual({
        ok: false,
        error: { code: 'not-found', message: expect.stringContaining(`${kind} with id ${id}`) },
      });
    }
    expect(await call(notebook, 'annotations.list', { sourceId: id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(notebook, 'entities.update', { id, fields: { name: 'X' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports the notebook: id, title, path, schema and counts', async () => {
    const { notebook } = await notebookWithSource();
    expect(await must(notebook, 'notebook.info', {})).toMatchObject({
      title: 'Ceasefire talks',
      path: notebook.path,
      schemaVersion: 1,
      counts: { sources: 1, entities: 0, proposals: 0, annotations: 0, briefs: 0 },
    });
  });

  it('refuses changes after close', async () => {
    const notebook = await newNotebook();
    await notebook.close();
    expect(await call(notebook, 'entities.create', { name: 'Late' })).toMatchObject({ ok: false });
  });
});

describe('annotations', () => {
  it('describe the span with quote, context and position', async () => {
    const { notebook, sourceId } = await notebookWithSource();
    const start = text.indexOf('Haddad said');
    const annotation = await must(notebook, 'annotations.create', { sourceId, start, end: start + 6 });
    expect(annotation).toMatchObject({
      sourceId,
      anchoring: 'anchored',
      rev: 1,
      links: [],
      comment: '',
      tags: [],
      target: {
        quote: { exact: 'Haddad', prefix: 'The envoy met Haddad in Doha. ', suffix: ' said the pause would hold. 🕊️ ' },
        position: { start, end: start + 6 },
      },
    });
    const source = await must(notebook, 'sources.get', { id: sourceId });
    expect(annotation.versionId).toBe(source.currentVersionId);
  });

  it('refuse spans outside the text or splitting a character', async () => {
    const { notebook, sourceId } = await notebookWithSource();
    expect(await call(notebook, 'annotations.create', { sourceId, start: 5, end: text.length + 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const dove = text.indexOf('🕊');
    expect(await call(notebook, 'annotations.create', { sourceId, start: dove + 1, end: dove + 3 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await call(notebook, 'annotations.create', { sourceId, start: 4, end: 4 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('link only to records that exist', async () => {
    const { notebook, sourceId } = await notebookWithSource();
    const ghost = { kind: 'entity' as const, recordId: newRecordId() };
    expect(await call(notebook, 'annotations.create', { sourceId, start: 0, end: 3, links: [ghost] })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(ghost.recordId) },
    });
    const annotation = await must(notebook, 'annotations.create', { sourceId, start: 0, end: 3 });
    expect(await call(notebook, 'annotations.update', { id: annotation.id, fields: { links: [ghost] } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const entity = await must(notebook, 'entities.create', { name: 'Amal Haddad' });
    const linked = await must(notebook, 'annotations.update', {
      id: annotation.id,
      fields: { links: [{ kind: 'entity', recordId: entity.id }], tags: ['person'] },
      rev: 1,
    });
    expect(linked).toMatchObject({ rev: 2, links: [{ kind: 'entity', recordId: entity.id, role: 'mention' }], tags: ['person'] });
  });

  it('list in text order, by start then end', async () => {
    const { notebook, sourceId } = await notebookWithSource();
    const spans: Array<[number, number]> = [
      [30, 36],
      [0, 9],
      [14, 20],
      [0, 3],
      [14, 28],
    ];
    for (const [start, end] of spans) await must(notebook, 'annotations.create', { sourceId, start, end });
    const listed = await must(notebook, 'annotations.list', { sourceId });
    expect(listed.map((a) => [a.target.position.start, a.target.position.end])).toEqual([
      [0, 3],
      [0, 9],
      [14, 20],
      [14, 28],
      [30, 36],
    ]);
  });
});
