import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderSourceDocx } from '../../../electron/core/export/source-docx';
import { annotateSource } from '../../../shared/source-export';
import { articleInput } from '../source-export/fixture';

/** Mammoth knows Word's heading styles but not its Title style; a reader shows it as the top heading. */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh"];

async function readBack() {
  const docx = await renderSourceDocx(annotateSource(articleInput()));
  const { value: html } = await mammoth.convertToHtml({ buffer: docx }, { styleMap: STYLE_MAP });
  const zip = await JSZip.loadAsync(docx);
  const body = await zip.file('word/document.xml')!.async('string');
  return { html, body };
}

describe('the annotated source as a Word document', () => {
  it('has the title, the particulars, and the closing sections as Word headings', async () => {
    const { html } = await readBack();
    expect(html).toContain('<h1 class="title">Ceasefire talks resume in Port Selen</h1>');
    expect(html).toContain('<p>Harbour Gazette · By Mira Okonjo and Tomas Rell · 4 March 2031</p>');
    expect(html).toContain('<a href="https://gazette.example/talks?id=1&amp;x=2">');
    expect(html).toContain('<h1>Annotations that no longer match the text</h1>');
    expect(html).toContain('<h1>Records linked</h1>');
  });

  it('puts each span’s note in a real Word footnote, referenced where the span ends', async () => {
    const { html } = await readBack();
    expect(html).toContain('proposed a 48-hour pause<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> on Tuesday<sup><a href="#footnote-2"');
    expect(html).toMatch(/<li id="footnote-1"><p><em>“a 48-hour pause”<\/em> — Linked to Tessalian proposal: 48-hour pause \(proposal, term\)\. Duration first floated here\. Tags: duration\./);
    expect(html).toMatch(/<li id="footnote-2"><p><em>“48-hour pause on Tuesday”<\/em> — Check the day<br \/>against the radio report\./);
    expect(html).toMatch(/<li id="footnote-4"><p><em>“rejected the pause”<\/em> — Linked to Northern Coalition \(organisation, position\); Tessalian proposal/);
  });

  it('lists the orphan and the records linked after the text', async () => {
    const { html } = await readBack();
    expect(html).toContain('<li><em>“the talks collapsed”</em> — Linked to Rami Haddad (person, mention). Lost after an edit.</li>');
    expect(html).toContain('<li><strong>Rami Haddad</strong> — person, chief mediator — note 3; an annotation that no longer matches the text</li>');
  });

  it('shades each highlight by the kinds it links, deeper where spans overlap, and keeps the article’s markup as text', async () => {
    const { html, body } = await readBack();
    const runs = [...body.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:shd w:fill="([0-9A-F]{6})"[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => [m[2], m[1]]);
    expect(runs).toEqual([
      ['a ', 'EBE1F0'],
      ['48-hour pause', 'C8D3E3'],
      [' on Tuesday', 'F7EDCF'],
      ['Rami Haddad', 'DCEBE6'],
      ['rejected the pause', 'E0E0EA'],
    ]);
    expect(html).toContain('said the *draft* was "fragile" &lt;script&gt;alert(1)&lt;/script&gt;.<br /># Not a heading [^9]');
  });
});
