import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { annotateSource, renderSourceHtml } from '../../../shared/source-export';
import { SourceMeta } from '../../../shared/model';
import { annotation, articleInput, source } from './fixture';

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('renderSourceHtml', () => {
  const html = renderSourceHtml(annotateSource(articleInput()));
  const doc = parse(html);

  it('is one self-contained HTML5 file with print styles and nothing to run or fetch', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.title).toBe('Ceasefire talks resume in Port Selen');
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(doc.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
    expect([...doc.querySelectorAll('[href]')].every((a) => /^(#|https:)/.test(a.getAttribute('href') ?? ''))).toBe(true);
  });

  it('heads the page with title, outlet, authors, date and a link to the original', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Ceasefire talks resume in Port Selen');
    expect(doc.querySelector('.byline')?.textContent).toBe('Harbour Gazette · By Mira Okonjo and Tomas Rell · 4 March 2031');
    expect(doc.querySelector('.url a')?.getAttribute('href')).toBe('https://gazette.example/talks?id=1&x=2');
  });

  it('marks overlapping spans as side-by-side pieces, never nested, coloured by the kinds linked', () => {
    const marks = [...doc.querySelectorAll('article mark')];
    expect(doc.querySelectorAll('mark mark')).toHaveLength(0);
    expect(marks.map((m) => [m.textContent, m.className, m.getAttribute('data-notes')])).toEqual([
      ['a ', 'proposal', '1'],
      ['48-hour pause', 'proposal depth-2', '1 2'],
      [' on Tuesday', '', '2'],
      ['Rami Haddad', 'entity', '3'],
      ['rejected the pause', 'entity proposal', '4'],
    ]);
  });

  it('links each marker to its note and each note back to its marker', () => {
    const refs = [...doc.querySelectorAll('article sup a')];
    expect(refs.map((a) => a.textContent)).toEqual(['1', '2', '3', '4']);
    for (const ref of refs) {
      const note = doc.querySelector(ref.getAttribute('href') ?? '');
      expect(note?.closest('section.footnotes')).not.toBeNull();
      expect(note?.querySelector('a.backref')?.getAttribute('href')).toBe(`#${ref.id}`);
    }
    expect(doc.getElementById('fn-1')?.textContent).toBe(
      '“a 48-hour pause” — Linked to Tessalian proposal: 48-hour pause (proposal, term). Duration first floated here. Tags: duration. ↩',
    );
  });

  it('lists the orphan apart, with its last known quote, and every record linked', () => {
    expect(doc.querySelector('.orphans h2')?.textContent).toBe('Annotations that no longer match the text');
    expect([...doc.querySelectorAll('.orphans li')].map((li) => li.textContent)).toEqual([
      '“the talks collapsed” — Linked to Rami Haddad (person, mention). Lost after an edit.',
    ]);
    expect([...doc.querySelectorAll('.records li')].map((li) => li.textContent)).toEqual([
      'Tessalian proposal: 48-hour pause — proposal — notes 1, 4',
      'Rami Haddad — person, chief mediator — note 3; an annotation that no longer matches the text',
      'Northern Coalition — organisation — note 4',
    ]);
  });

  it('keeps the article’s own markup as text', () => {
    const article = doc.querySelector('article');
    expect(article?.textContent).toContain('was "fragile" <script>alert(1)</script>.');
    expect(article?.querySelectorAll('p')).toHaveLength(2);
    expect(article?.querySelector('p br')).not.toBeNull();
  });

  it('escapes a title and comment that look like HTML, and drops a link that is not http(s)', () => {
    const input = articleInput();
    input.source = SourceMeta.parse({ ...source, title: 'A <b>bold</b> & "quoted" title', url: null });
    input.annotations = [annotation('Rami Haddad', { comment: '<img src=x onerror=alert(1)>' })];
    const hostile = parse(renderSourceHtml(annotateSource(input)));
    expect(hostile.querySelector('h1')?.textContent).toBe('A <b>bold</b> & "quoted" title');
    expect(hostile.querySelectorAll('img, b')).toHaveLength(0);
    expect(hostile.getElementById('fn-1')?.textContent).toContain('<img src=x onerror=alert(1)>.');
    expect(hostile.querySelector('.url')).toBeNull();
  });

  it('sets the article’s direction: fixed for the whole text, or decided per paragraph when automatic', () => {
    const rtl = articleInput();
    rtl.source = SourceMeta.parse({ ...source, direction: 'rtl', language: 'ar' });
    const fixed = parse(renderSourceHtml(annotateSource(rtl))).querySelector('article');
    expect([fixed?.getAttribute('dir'), fixed?.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    const auto = articleInput();
    auto.source = SourceMeta.parse({ ...source, direction: 'auto' });
    const article = parse(renderSourceHtml(annotateSource(auto))).querySelector('article');
    expect(article?.hasAttribute('dir')).toBe(false);
    expect([...(article?.querySelectorAll('p') ?? [])].every((p) => p.getAttribute('dir') === 'auto')).toBe(true);
  });
});
