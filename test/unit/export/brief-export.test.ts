import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { must, newNotebook } from '../core/support/notebook';

const TEXT = [
  'Harbour talks resume',
  'A government official said the pause could be accepted if the corridor is monitored.',
  'Talks are expected to continue on Thursday.',
].join('\n\n');

async function briefWithCitation() {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text: TEXT, title: 'Harbour talks resume' });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  const sourceId = outcome.source.id;
  await must(notebook, 'sources.update', { id: sourceId, fields: { outlet: 'Harbour Gazette', publishedAt: { precision: 'day', date: '2031-03-04' } } });
  const quote = 'the pause could be accepted';
  const start = TEXT.indexOf(quote);
  const annotation = await must(notebook, 'annotations.create', { sourceId, start, end: start + quote.length });
  const content = {
    root: {
      type: 'root',
      children: [
        { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Where the talks stand', format: 0 }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Officials signalled flexibility: ', format: 0 },
            { type: 'citation', version: 1, annotationId: annotation.id, sourceId, quote },
          ],
        },
      ],
    },
  };
  const brief = await must(notebook, 'briefs.create', { title: 'Harbour talks: where they stand' });
  await must(notebook, 'briefs.update', { id: brief.id, fields: { content } });
  return { notebook, sourceId, briefId: brief.id };
}

describe('exporting a brief through the contract', () => {
  it('writes Markdown with the citation as a footnote naming its source', async () => {
    const { notebook, briefId } = await briefWithCitation();
    const exported = await must(notebook, 'briefs.export', { id: briefId, format: 'md' });
    expect(exported.fileName).toBe('harbour-talks-where-they-stand.md');
    const markdown = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
    expect(markdown).toContain('“the pause could be accepted”[^1]');
    expect(markdown).toMatch(/\[\^1\]: .*Harbour talks resume, Harbour Gazette, 4 March 2031/);
    expect(markdown).toMatch(/## Sources/);
  });

  it('writes HTML and DOCX that independent readers open with the same footnote', async () => {
    const { notebook, briefId } = await briefWithCitation();
    const html = Buffer.from((await must(notebook, 'briefs.export', { id: briefId, format: 'html' })).dataBase64, 'base64').toString('utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('id="fn-1"');
    const docx = Buffer.from((await must(notebook, 'briefs.export', { id: briefId, format: 'docx' })).dataBase64, 'base64');
    const { value } = await mammoth.convertToHtml({ buffer: docx });
    expect(value).toContain('<h1>Where the talks stand</h1>');
    expect(value).toMatch(/footnote[\s\S]*Harbour Gazette, 4 March 2031/);
  });

  it('reports a citation whose words changed in the source as drifted', async () => {
    const { notebook, sourceId, briefId } = await briefWithCitation();
    expect(await must(notebook, 'briefs.health', { id: briefId })).toMatchObject({ exact: 1, drifted: [], orphaned: [] });
    await must(notebook, 'sources.editText', { id: sourceId, text: TEXT.replace('the pause could be accepted', 'the pause could well be accepted') });
    const health = await must(notebook, 'briefs.health', { id: briefId });
    expect(health.exact).toBe(0);
    expect(health.drifted).toEqual([
      expect.objectContaining({ cited: 'the pause could be accepted', current: 'the pause could well be accepted' }),
    ]);
  });
});
