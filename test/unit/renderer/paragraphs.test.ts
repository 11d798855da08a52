import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../renderer/logic/paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    const text = 'First line\nstill first.\n\nSecond.';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(['First line\nstill first.', 'Second.']);
  });

  it('treats lines of only spaces, several blank lines and CRLF as one break', () => {
    const text = 'One.\r\n  \r\n\r\nTwo.\n \t\nThree.';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('gives offsets that point back into the whole text', () => {
    const text = '\n\n  Opening words.\n\nالمفاوضات مستمرة.\n';
    for (const p of splitParagraphs(text)) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(splitParagraphs(text)[1]?.text).toBe('المفاوضات مستمرة.');
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n \n')).toEqual([]);
  });
});
