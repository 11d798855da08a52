import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderBriefHtml } from '../../../shared/brief';
import { briefDocument, context } from './fixture';

describe('renderBriefHtml', () => {
  const html = renderBriefHtml(briefDocument, context);
  const doc = new JSDOM(html).window.document;

  it('is a self-contained HTML5 document with print styles and no scripts', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('Ceasefire <brief> & notes');
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
  });

  it('links each citation to its footnote and each footnote back to its citation', () => {
    const refs = [...doc.querySelectorAll('sup a')];
    expect(refs.map((a) => a.textContent)).toEqual(['1', '2', '3']);
    for (const ref of refs) {
      const footnote = doc.querySelector(ref.getAttribute('href') ?? '');
      expect(footnote?.tagName).toBe('LI');
      const back = footnote?.querySelector('a.backref');
      expect(back?.getAttribute('href')).toBe(`#${ref.id}`);
      expect(back?.textContent).toBe('↩');
    }
    expect(doc.getElementById('fn-1')?.textContent).toContain('“a 48-hour pause” — Talks resume, Daily Wire, 3 March 2024.');
  });

  it('keeps the structure: headings, nested list, quote with line break, emphasis', () => {
    expect(doc.querySelector('h2')?.textContent).toBe('Where the talks stand');
    expect(doc.querySelector('main > ul > li > ol')?.children).toHaveLength(2);
    expect(doc.querySelector('blockquote br')).not.toBeNull();
    expect(doc.querySelector('strong')?.textContent).toBe('draft');
    expect(doc.querySelector('em')?.textContent).toBe('leaked');
    expect(doc.querySelector('u')?.textContent).toBe('signed');
  });

  it('lists each source once and the records mentioned', () => {
    const sources = [...doc.querySelectorAll('.sources li')].map((li) => li.textContent);
    expect(sources).toEqual(['Talks resume, Daily Wire, 3 March 2024. https://news.example/talks', 'A firm no, Evening Post, April 2024.']);
    const records = [...doc.querySelectorAll('.records li')].map((li) => li.textContent);
    expect(records).toEqual(['Current Name — person', 'Gone Person — entity (no longer in the notebook)']);
  });

  it('does not make a link of a javascript: URL', () => {
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((href) => href?.toLowerCase().includes('javascript'))).toBe(false);
    expect(doc.body.textContent).toContain('bad link');
  });

  it('escapes text', () => {
    expect(html).toContain('a &lt; b &amp;&amp; c *not bold* _nor italic_');
    expect(doc.body.textContent).toContain('a < b && c *not bold* _nor italic_ #1');
  });
});
