import { describe, expect, it } from 'vitest';
import { authorNames, FileHints, publishedDateOf } from '../../../../electron/core/import/formats/file-hints';
import { textOfWordHtml } from '../../../../electron/core/import/formats/docx-text';
import { pdfDate } from '../../../../electron/core/import/formats/pdf-hints';
import { paragraphsOfPage } from '../../../../electron/core/import/formats/pdf-layout';

describe('publishedDateOf', () => {
  it('keeps the calendar date the timestamp was written with', () => {
    expect(publishedDateOf('2025-03-14T23:30:00-05:00')).toEqual({ precision: 'day', date: '2025-03-14' });
    expect(publishedDateOf('2025-03-14')).toEqual({ precision: 'day', date: '2025-03-14' });
    expect(publishedDateOf('2025-03')).toEqual({ precision: 'month', date: '2025-03' });
  });

  it('refuses impossible and unparseable dates', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025-00', '14 March 2025', '2025', '', null, '20250314']) {
      expect(publishedDateOf(bad)).toBeNull();
    }
  });
});

describe('pdfDate', () => {
  it('reads PDF dates at day or month precision', () => {
    expect(pdfDate("D:20250316081500+01'00'")).toEqual({ precision: 'day', date: '2025-03-16' });
    expect(pdfDate('D:20250316')).toEqual({ precision: 'day', date: '2025-03-16' });
    expect(pdfDate('D:202503')).toEqual({ precision: 'month', date: '2025-03' });
    expect(pdfDate('D:2025')).toBeNull();
    expect(pdfDate('D:20251340')).toBeNull();
  });
});

describe('authorNames', () => {
  it('splits lists of full names but not "Surname, Given"', () => {
    expect(authorNames('By Lena Brandt and Omar Haddad')).toEqual(['Lena Brandt', 'Omar Haddad']);
    expect(authorNames('Lena Brandt; Omar Haddad & Mira Solt')).toEqual(['Lena Brandt', 'Omar Haddad', 'Mira Solt']);
    expect(authorNames('Lena Brandt, Omar Haddad')).toEqual(['Lena Brandt', 'Omar Haddad']);
    expect(authorNames('Brandt, Lena')).toEqual(['Brandt, Lena']);
    expect(authorNames('https://social.example/lena.brandt')).toEqual([]);
    expect(authorNames('   ')).toEqual([]);
  });
});

describe('FileHints', () => {
  it('drops clues the shared schema refuses and repeats of the same clue', () => {
    const hints = new FileHints();
    hints.add('url', 'javascript:alert(1)', 0.9, 'html-meta');
    hints.add('title', '   ', 0.9, 'html-meta');
    hints.add('authors', [], 0.9, 'html-meta');
    hints.add('title', 'Talks', 0.5, 'html-title');
    hints.add('title', 'Talks', 0.5, 'html-title');
    expect(hints.list).toEqual([{ field: 'title', value: 'Talks', confidence: 0.5, from: 'html-title' }]);
  });
});

describe('paragraphsOfPage', () => {
  const run = (str: string, x: number, y: number, width: number, hasEOL = false) => ({ str, x, y, width, size: 10, hasEOL });

  it('puts a space between runs placed apart on one line, and none between touching runs', () => {
    expect(paragraphsOfPage([run('Talks', 72, 700, 24), run('resume', 100, 700, 30), run('d.', 130, 700, 8)])).toEqual(['Talks resumed.']);
  });

  it('breaks paragraphs on a larger gap and on a move up the page (a new column)', () => {
    const lines = [run('one', 72, 700, 20, true), run('two', 72, 688, 20, true), run('three', 72, 676, 20, true), run('four', 72, 650, 20, true), run('five', 300, 700, 20, true)];
    expect(paragraphsOfPage(lines)).toEqual(['one two three', 'four', 'five']);
  });
});

describe('textOfWordHtml', () => {
  it('turns mammoth’s blocks into paragraphs and decodes its escapes', () => {
    const html = '<h1>Terms &amp; conditions</h1><p>Stage 1<br />Stage 2</p><ul><li>a &lt;b&gt; &#8220;c&#x201D;</li></ul><ol><li id="footnote-1"><p>Note. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(textOfWordHtml(html).replace(/\n{3,}/g, '\n\n').trim()).toBe('Terms & conditions\n\nStage 1\nStage 2\n\na <b> “c”\n\nNote.');
  });
});
