import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { call, must, newNotebook } from '../core/support/notebook';
import { annotatedNotebook } from './annotated-notebook';

describe('exporting an annotated source through the contract', () => {
  it('writes Markdown named after the source, with highlights, footnotes, the orphan and the records', async () => {
    const { notebook, sourceId } = await annotatedNotebook();
    const exported = await must(notebook, 'sources.export', { id: sourceId, format: 'md' });
    expect(exported.fileName).toBe('harbour-talks-resume-annotated.md');
    expect(exported.mediaType).toBe('text/markdown; charset=utf-8');
    const markdown = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
    expect(markdown).toContain('# Harbour talks resume\n\nHarbour Gazette · 4 March 2031\n');
    expect(markdown).toContain('said **the pause could be accepted[^1] if the corridor**[^2] is monitored.');
    expect(markdown).toContain('[^1]: “the pause could be accepted” — Linked to Tessalian proposal: 48-hour pause (proposal, status). Conditional yes.');
    expect(markdown).toContain('Mediator **Rami Haddad**[^3] declined to comment.');
    expect(markdown).toContain('## Annotations that no longer match the text');
    expect(markdown).toContain('- “talks would continue on Thursday” — Date to watch.');
    expect(markdown).toContain('- Rami Haddad — person — note 3');
  });

  it('writes HTML and a Word document that an independent reader opens with the footnotes', async () => {
    const { notebook, sourceId } = await annotatedNotebook();
    const html = Buffer.from((await must(notebook, 'sources.export', { id: sourceId, format: 'html' })).dataBase64, 'base64').toString('utf8');
    expect(html).toContain('<mark class="proposal depth-2" data-notes="1 2">accepted</mark>');
    const docx = await must(notebook, 'sources.export', { id: sourceId, format: 'docx' });
    expect(docx.fileName).toBe('harbour-talks-resume-annotated.docx');
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docx.dataBase64, 'base64') });
    expect(value).toMatch(/<li id="footnote-3"><p><em>“Rami Haddad”<\/em> — Linked to Rami Haddad \(person, mention\)\./);
    expect(value).toContain('<h1>Annotations that no longer match the text</h1>');
  });

  it('answers not-found for a source that is not in the notebook', async () => {
    const notebook = await newNotebook();
    const result = await call(notebook, 'sources.export', { id: '00000000-0000-4000-8000-000000000999', format: 'md' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
