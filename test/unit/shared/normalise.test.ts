import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../shared/text/normalise';
import { capTitle, stripExtension, titleOfText } from '../../../shared/text/title';

describe('normaliseText', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normaliseText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('composes to NFC', () => {
    const decomposed = 'Cafe\u0301 Mu\u0308ller';
    expect(normaliseText(decomposed)).toBe('Caf\u00e9 M\u00fcller');
    expect(normaliseText(decomposed)).toBe(normaliseText('Caf\u00e9 M\u00fcller'));
  });

  it('separates paragraphs by exactly one blank line and keeps single line breaks', () => {
    expect(normaliseText('a\nb\n\n\n\nc\n \t\nd')).toBe('a\nb\n\nc\n\nd');
  });

  it('trims blank lines at both ends but keeps indentation', () => {
    expect(normaliseText('\n\n  \n    indented\n\n\n')).toBe('    indented');
  });

  it('drops trailing spaces on lines', () => {
    expect(normaliseText('said  \nlittle\t')).toBe('said\nlittle');
  });

  it('keeps curly quotes, dashes and non-breaking spaces', () => {
    const typographic = '“No,” she said — it’s a 48\u00a0hour pause – maybe…';
    expect(normaliseText(typographic)).toBe(typographic);
  });

  it('strips a leading BOM and reads Unicode line and paragraph separators', () => {
    expect(normaliseText('\uFEFFone\u2028two\u2029three')).toBe('one\ntwo\n\nthree');
  });

  it('gives the empty string for whitespace only', () => {
    expect(normaliseText(' \r\n\t\n')).toBe('');
  });

  it('is idempotent', () => {
    const messy = '\r\n  Title  \r\n\r\n\r\nBody\u0301 text\r\n';
    expect(normaliseText(normaliseText(messy))).toBe(normaliseText(messy));
  });
});

describe('titleOfText', () => {
  it('takes a Markdown file’s leading heading', () => {
    expect(titleOfText('# Harbour talks #\n\nBody', { markdown: true })).toBe('Harbour talks');
  });

  it('takes the first line when the Markdown file does not open with a level-one heading', () => {
    expect(titleOfText('## Section\n\nBody', { markdown: true })).toBe('## Section');
    expect(titleOfText('#hashtag first', { markdown: true })).toBe('#hashtag first');
  });

  it('takes the first non-empty line of plain text, trimmed', () => {
    expect(titleOfText('\n   Envoys meet again   \nmore')).toBe('Envoys meet again');
  });

  it('falls back to the file name without its extension', () => {
    expect(titleOfText('#', { markdown: true, fileName: 'dir/wire-copy.md' })).toBe('wire-copy');
    expect(titleOfText('', { fileName: 'notes.txt' })).toBe('notes');
  });

  it('caps long first lines near 200 characters at a word boundary', () => {
    const title = titleOfText('word '.repeat(100));
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('never cuts an astral character in half', () => {
    const capped = capTitle('🕊'.repeat(150), 200);
    expect(capped).toBe(`${'🕊'.repeat(99)}…`);
  });

  it('strips extensions but not leading dots', () => {
    expect(stripExtension('report.final.txt')).toBe('report.final');
    expect(stripExtension('.hidden')).toBe('.hidden');
  });
});
