import { describe, expect, it } from 'vitest';
import { currentVersion } from '../../../shared/model';
import { call, must, newNotebook, reopen } from '../core/support/notebook';

const TEXT = [
  'Harbour talks resume',
  'Share this article',
  'Mediators floated a 48-hour pause on Tuesday.',
  'Advertisement',
  'The Coalition said it would study the text.',
  '© 2024 Harbour Gazette',
].join('\n\n');

async function setUp() {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text: TEXT });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  const id = outcome.source.id;
  const entity = await must(notebook, 'entities.create', { name: 'Northern Coalition', kind: 'organisation' });
  const annotate = (quote: string) => {
    const start = TEXT.indexOf(quote);
    return must(notebook, 'annotations.create', {
      sourceId: id,
      start,
      end: start + quote.length,
      links: [{ kind: 'entity', recordId: entity.id, role: 'mention' }],
    });
  };
  return { notebook, id, boilerplate: outcome.boilerplate, annotate };
}

describe('trimming accepted boilerplate', () => {
  it('writes a trimmed version, keeps the original, and carries annotations to the same words', async () => {
    const { notebook, id, boilerplate, annotate } = await setUp();
    expect(boilerplate.map((b) => b.text)).toEqual(['Share this article', 'Advertisement', '© 2024 Harbour Gazette']);
    const coalition = await annotate('The Coalition');
    const pause = await annotate('48-hour pause');

    const trimmed = await must(notebook, 'sources.trim', { id, spans: boilerplate.map(({ start, end }) => ({ start, end })) });
    expect(trimmed.versions.map((v) => v.reason)).toEqual(['imported', 'trimmed']);
    expect(trimmed.versions[0]!.text).toBe(TEXT);
    const text = currentVersion(trimmed).text;
    expect(text).toBe('Harbour talks resume\n\nMediators floated a 48-hour pause on Tuesday.\n\nThe Coalition said it would study the text.');

    const reopened = await reopen(notebook);
    const annotations = await must(reopened, 'annotations.list', { sourceId: id });
    const byId = new Map(annotations.map((a) => [a.id, a]));
    for (const before of [coalition, pause]) {
      const after = byId.get(before.id)!;
      expect(after.versionId).toBe(trimmed.currentVersionId);
      expect(after.anchoring).toBe('moved');
      expect(text.slice(after.target.position.start, after.target.position.end)).toBe(before.target.quote.exact);
    }
  });

  it('orphans an annotation on removed text instead of moving it onto other words', async () => {
    const { notebook, id, boilerplate, annotate } = await setUp();
    const onFurniture = await annotate('Harbour Gazette');
    await must(notebook, 'sources.trim', { id, spans: boilerplate.map(({ start, end }) => ({ start, end })) });
    const after = await must(notebook, 'annotations.get', { id: onFurniture.id });
    expect(after.anchoring).toBe('orphaned');
    expect(after.target.quote.exact).toBe('Harbour Gazette');
  });

  it('refuses overlapping spans, spans outside the text, and trimming everything', async () => {
    const { notebook, id } = await setUp();
    const overlap = await call(notebook, 'sources.trim', { id, spans: [{ start: 0, end: 10 }, { start: 5, end: 12 }] });
    expect(overlap.ok || overlap.error.message).toMatch(/overlap/);
    const outside = await call(notebook, 'sources.trim', { id, spans: [{ start: 0, end: TEXT.length + 5 }] });
    expect(outside.ok || outside.error.code).toBe('bad-request');
    const everything = await call(notebook, 'sources.trim', { id, spans: [{ start: 0, end: TEXT.length }] });
    expect(everything.ok || everything.error.message).toMatch(/all of the text/);
    const source = await must(notebook, 'sources.get', { id });
    expect(source.versions).toHaveLength(1);
  });
});
