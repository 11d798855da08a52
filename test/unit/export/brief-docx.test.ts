import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { BriefExportContext } from '../../../shared/brief/document';
import { Annotation, Entity, Proposal, SourceMeta } from '../../../shared/model';
import { renderBriefDocx } from '../../../electron/core/export/brief-docx';
import { formatPublishedDate } from '../../../electron/core/export/docx-references';

const ID = {
  truceSource: '00000000-0000-4000-8000-000000000001',
  radioSource: '00000000-0000-4000-8000-000000000002',
  a1: '00000000-0000-4000-8000-0000000000a1',
  a2: '00000000-0000-4000-8000-0000000000a2',
  a3: '00000000-0000-4000-8000-0000000000a3',
  haddad: '00000000-0000-4000-8000-0000000000e1',
  pause: '00000000-0000-4000-8000-0000000000f1',
  version: '00000000-0000-4000-8000-0000000000b1',
};
const stamp = { createdAt: '2024-03-04T10:00:00.000Z', updatedAt: '2024-03-04T10:00:00.000Z', rev: 1 };

function source(id: string, title: string, outlet: string, publishedAt: unknown, url: string) {
  return SourceMeta.parse({
    id, ...stamp, title, outlet, publishedAt, url,
    importedAt: stamp.createdAt, fileName: null, format: 'html', currentVersionId: ID.version, contentHash: 'a'.repeat(64),
  });
}

function annotation(id: string, sourceId: string, exact: string) {
  return Annotation.parse({
    id, ...stamp, sourceId, versionId: ID.version, anchoring: 'anchored',
    target: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
  });
}

function context(): BriefExportContext {
  const truce = source(ID.truceSource, 'Truce talks resume in Selva', 'Coastal Herald', { precision: 'day', date: '2024-03-03' }, 'https://herald.example/truce');
  const radio = source(ID.radioSource, 'Mediators speak on radio', 'Radio Norte', { precision: 'month', date: '2024-04' }, 'https://norte.example/radio');
  const annotations = [annotation(ID.a1, ID.truceSource, 'a pause of ten days'), annotation(ID.a2, ID.truceSource, 'observers at every crossing'), annotation(ID.a3, ID.radioSource, 'not a surrender')];
  return {
    title: 'The Selva pause',
    annotations: new Map(annotations.map((a) => [a.id, a])),
    sources: new Map([truce, radio].map((s) => [s.id, s])),
    // Renamed since the chip was inserted: the export must use the current name.
    entities: new Map([[ID.haddad, Entity.parse({ id: ID.haddad, ...stamp, name: 'Rami Haddad', kind: 'person' })]]),
    proposals: new Map([[ID.pause, Proposal.parse({ id: ID.pause, ...stamp, title: 'Ten-day humanitarian pause' })]]),
  };
}

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, version: 1 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 });
const item = (...children: unknown[]) => ({ type: 'listitem', children, version: 1 });
const cite = (annotationId: string, sourceId: string, quote: string) => ({ type: 'citation', version: 1, annotationId, sourceId, quote });

const brief = {
  root: {
    type: 'root',
    version: 1,
    children: [
      { type: 'heading', tag: 'h1', children: [text('Where the talks stand')], version: 1 },
      paragraph(
        text('The draft is '),
        text('fragile', 1),
        text(' but '),
        text('moving', 2),
        text('. The mediator '),
        { type: 'record-mention', version: 1, kind: 'entity', recordId: ID.haddad, label: 'Haddad' },
        text(' offered '),
        cite(ID.a1, ID.truceSource, 'a pause of ten days'),
        text(' under the '),
        { type: 'record-mention', version: 1, kind: 'proposal', recordId: ID.pause, label: 'Pause' },
        text('. See '),
        { type: 'link', url: 'https://herald.example/truce', children: [text('the report')], version: 1 },
        text('.'),
      ),
      { type: 'heading', tag: 'h2', children: [text('Open questions')], version: 1 },
      { type: 'list', listType: 'bullet', version: 1, children: [item(text('Who monitors')), item(text('What counts as a breach'))] },
      { type: 'list', listType: 'number', version: 1, children: [item(cite(ID.a2, ID.truceSource, 'observers at every crossing')), item(cite(ID.a3, ID.radioSource, 'not a surrender'))] },
    ],
  },
};

/** The part of mammoth's HTML between a heading and the next heading of that level. */
function section(html: string, heading: string): string {
  const start = html.indexOf(`<h1>${heading}</h1>`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = html.indexOf('<h1>', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

describe('renderBriefDocx', () => {
  it('writes headings, lists, emphasis, links, footnoted citations and closing sections that mammoth reads back', async () => {
    const buffer = await renderBriefDocx(brief, context());
    const { value: html } = await mammoth.convertToHtml({ buffer });

    expect(html).toContain('<h1>Where the talks stand</h1>');
    expect(html).toContain('<h2>Open questions</h2>');
    expect(html).toContain('<strong>fragile</strong>');
    expect(html).toContain('<em>moving</em>');
    expect(html).toContain('<a href="https://herald.example/truce">the report</a>');
    expect(html).toMatch(/<ul><li>Who monitors<\/li><li>What counts as a breach<\/li><\/ul>/);
    expect(html).toMatch(/<ol><li>\u201cobservers at every crossing\u201d<sup>.*?<\/sup><\/li><li>\u201cnot a surrender\u201d/);
    expect(html).toContain('Rami Haddad');
    expect(html).not.toContain('>Haddad');
    expect(html).toContain('Ten-day humanitarian pause');
    expect(html).toContain('\u201ca pause of ten days\u201d<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>');

    // mammoth puts Word footnotes in a closing list, each item with its footnote's id.
    const notes = [...html.matchAll(/<li id="footnote-(\d+)">(.*?)<\/li>/g)].map((m) => m[2] ?? '');
    expect(notes).toHaveLength(3);
    expect(notes[0]).toContain('Truce talks resume in Selva, Coastal Herald, 3 March 2024, https://herald.example/truce');
    expect(notes[1]).toContain('Truce talks resume in Selva');
    expect(notes[2]).toContain('Mediators speak on radio, Radio Norte, April 2024, https://norte.example/radio');

    const sources = section(html, 'Sources');
    expect(sources.split('Truce talks resume in Selva')).toHaveLength(2);
    expect(sources.split('Mediators speak on radio')).toHaveLength(2);
    const records = section(html, 'Records mentioned');
    expect(records).toContain('Rami Haddad (person)');
    expect(records).toContain('Ten-day humanitarian pause (proposal)');

    const zip = await JSZip.loadAsync(buffer);
    const footnotesXml = await zip.file('word/footnotes.xml')?.async('string');
    expect(footnotesXml).toBeDefined();
    // Word keeps two separator notes (ids -1 and 0); the real ones have positive ids.
    const realNotes = [...(footnotesXml ?? '').matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"/g)].map((m) => Number(m[1])).filter((id) => id > 0);
    expect(realNotes).toEqual([1, 2, 3]);
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(documentXml.match(/<w:footnoteReference /g)).toHaveLength(3);
    expect(documentXml).toContain('w:val="Heading1"');
  });

  it('falls back to the stored label for a deleted record, keeps unsafe links as text and renders unknown nodes as their words', async () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          paragraph(
            { type: 'record-mention', version: 1, kind: 'proposal', recordId: '00000000-0000-4000-8000-0000000000ff', label: 'Old plan' },
            text(' '),
            { type: 'link', url: 'javascript:alert(1)', children: [text('click')] },
            text(' '),
            { type: 'hashtag', text: '#ceasefire' },
          ),
          { type: 'quote', children: [text('Nothing is agreed until everything is agreed.')] },
        ],
      },
    };
    // Mapping the Quote style by name proves the block quote carries a real Word paragraph style.
    const styleMap = "p[style-name='Quote'] => blockquote > p:fresh";
    const { value: html } = await mammoth.convertToHtml({ buffer: await renderBriefDocx(doc, context()) }, { styleMap });
    expect(html).toContain('Old plan click #ceasefire');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<blockquote><p>Nothing is agreed until everything is agreed.</p></blockquote>');
    expect(section(html, 'Records mentioned')).toContain('Old plan (proposal, no longer in the notebook)');
    expect(html).not.toContain('<h1>Sources</h1>');
  });

  it('rejects a document that is not Lexical JSON', async () => {
    await expect(renderBriefDocx({ blocks: [] }, context())).rejects.toThrow(/Not a brief document/);
  });

  it('formats published dates as a reader writes them, without time-zone drift', () => {
    expect(formatPublishedDate({ precision: 'day', date: '2024-03-03' })).toBe('3 March 2024');
    expect(formatPublishedDate({ precision: 'month', date: '2024-12' })).toBe('December 2024');
    expect(formatPublishedDate(null)).toBeNull();
  });
});
