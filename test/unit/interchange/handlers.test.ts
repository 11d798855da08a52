import { describe, expect, it } from 'vitest';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { call, must, newNotebook } from '../core/support/notebook';

const TEXT = '😀 PORT SELEN — Mediators floated a 48-hour pause on Tuesday. Ferreira said the pause, “if agreed”, would start at dawn.';

/** A notebook with one source, two records and three annotations on it. */
async function annotated(notebook: OpenNotebook) {
  const outcome = await must(notebook, 'sources.importText', { text: TEXT, title: 'Harbour talks' });
  if (outcome.status !== 'imported') throw new Error('expected a new source');
  const sourceId = outcome.source.id;
  const ferreira = await must(notebook, 'entities.create', { name: 'Daniel Ferreira' });
  const pause = await must(notebook, 'proposals.create', { title: 'Egyptian proposal: 48-hour pause' });
  const { text } = (await must(notebook, 'sources.get', { id: sourceId })).versions[0]!;
  const span = (quote: string, from = 0) => {
    const start = text.indexOf(quote, from);
    return { start, end: start + quote.length };
  };
  await must(notebook, 'annotations.create', {
    sourceId,
    ...span('48-hour pause'),
    links: [{ kind: 'proposal', recordId: pause.id, role: 'term' }],
    comment: 'first mention',
    tags: ['terms'],
  });
  await must(notebook, 'annotations.create', {
    sourceId,
    ...span('Ferreira'),
    links: [{ kind: 'entity', recordId: ferreira.id, role: 'mention' }],
    comment: '',
    tags: [],
  });
  await must(notebook, 'annotations.create', { sourceId, ...span('pause', text.indexOf('Ferreira')), links: [], comment: '', tags: ['repeat'] });
  return { sourceId, ferreira, pause };
}

describe('annotations.export and annotations.import', () => {
  it('restores deleted annotations exactly from a W3C export, and leaves present ones unchanged', async () => {
    const notebook = await newNotebook();
    const { sourceId } = await annotated(notebook);
    const before = await must(notebook, 'annotations.list', { sourceId });
    const exported = await must(notebook, 'annotations.export', { format: 'w3c' });
    expect(exported).toMatchObject({ format: 'w3c', fileName: 'annotations.jsonld', mediaType: expect.stringContaining('application/ld+json') });

    expect(await must(notebook, 'annotations.import', { content: exported.content })).toEqual({ imported: 0, unchanged: 3, failed: [] });
    for (const a of before) await must(notebook, 'annotations.delete', { id: a.id });
    expect(await must(notebook, 'annotations.import', { content: exported.content })).toEqual({ imported: 3, unchanged: 0, failed: [] });
    expect(await must(notebook, 'annotations.list', { sourceId })).toEqual(before);
  });

  it('refuses annotations whose source or records are not in the notebook, saying which', async () => {
    const first = await newNotebook('First.parley');
    await annotated(first);
    const { content } = await must(first, 'annotations.export', { format: 'w3c' });

    // The same article in another notebook is another source, with another id.
    const other = await newNotebook('Other.parley');
    await annotated(other);
    const report = await must(other, 'annotations.import', { content });
    expect(report.imported).toBe(0);
    expect(report.failed).toHaveLength(3);
    expect(report.failed[0]!.message).toMatch(/source [0-9a-f-]{36} is not in this notebook/);
  });

  it('refuses an annotation that links to a record deleted since the export', async () => {
    const notebook = await newNotebook();
    const { sourceId, ferreira } = await annotated(notebook);
    const { content } = await must(notebook, 'annotations.export', { format: 'w3c' });
    const linked = (await must(notebook, 'annotations.list', { sourceId })).find((a) => a.links[0]?.recordId === ferreira.id)!;
    await must(notebook, 'annotations.delete', { id: linked.id });
    await must(notebook, 'entities.delete', { id: ferreira.id });
    const report = await must(notebook, 'annotations.import', { content });
    expect(report).toEqual({
      imported: 0,
      unchanged: 2,
      failed: [{ id: linked.id, message: expect.stringContaining(`entity ${ferreira.id}, which is not in this notebook`) }],
    });
  });

  it('exports CSV, for every source or only the ones asked for', async () => {
    const notebook = await newNotebook();
    const { sourceId } = await annotated(notebook);
    const another = await must(notebook, 'sources.importText', { text: 'A second report with no annotations.', title: 'Second' });
    const all = await must(notebook, 'annotations.export', { format: 'csv' });
    expect(all).toMatchObject({ format: 'csv', fileName: 'annotations.csv', mediaType: 'text/csv; charset=utf-8' });
    expect(all.content.split('\r\n').filter(Boolean)).toHaveLength(1 + 3);
    expect(all.content).toContain('Harbour talks,,,48-hour pause,Egyptian proposal: 48-hour pause,proposal,term,first mention,terms,anchored');

    const none = await must(notebook, 'annotations.export', { format: 'csv', sourceIds: [another.status === 'imported' ? another.source.id : ''] });
    expect(none.content.split('\r\n').filter(Boolean)).toHaveLength(1);
    const one = await must(notebook, 'annotations.export', { format: 'w3c', sourceIds: [sourceId] });
    expect(JSON.parse(one.content).total).toBe(3);

    const missing = await call(notebook, 'annotations.export', { format: 'w3c', sourceIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('says a file is not Web Annotation JSON-LD rather than importing nothing quietly', async () => {
    const notebook = await newNotebook();
    expect(await call(notebook, 'annotations.import', { content: 'Source,Quote\r\n' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported-file', message: expect.stringContaining('not JSON') },
    });
    expect(await call(notebook, 'annotations.import', { content: '{"type": "Note"}' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported-file', message: expect.stringContaining('AnnotationCollection') },
    });
  });
});
