import { describe, expect, it } from 'vitest';
import { joinParagraphs, markedSegments, offsetAt, paragraphsOf, pointAt } from '../../../renderer/logic/textOffsets';

const TEXT = 'Héllo 👋 world.\n\nSecond line\nstill second.\n\nThird.';

describe('reader text offsets', () => {
  it('splits on blank lines and joins back to the same text', () => {
    const paragraphs = paragraphsOf(TEXT);
    expect(paragraphs.map((p) => p.text)).toEqual(['Héllo 👋 world.', 'Second line\nstill second.', 'Third.']);
    for (const p of paragraphs) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
    expect(joinParagraphs(paragraphs.map((p) => p.text))).toBe(TEXT);
    expect(paragraphsOf('')).toEqual([]);
  });

  it('round-trips every offset through paragraph points (UTF-16, astral characters included)', () => {
    const paragraphs = paragraphsOf(TEXT);
    for (let offset = 0; offset <= TEXT.length; offset++) {
      for (const edge of ['start', 'end'] as const) {
        const point = pointAt(paragraphs, offset, edge);
        const back = offsetAt(paragraphs, point.paragraph, point.offset);
        const inBreak = paragraphs.every((p) => offset < p.start || offset > p.end);
        if (!inBreak) expect(back).toBe(offset);
      }
    }
  });

  it('moves an offset inside a paragraph break to the next paragraph for a start, the previous for an end', () => {
    const paragraphs = paragraphsOf(TEXT);
    const inBreak = paragraphs[0]!.end + 1;
    expect(pointAt(paragraphs, inBreak, 'start')).toEqual({ paragraph: 1, offset: 0 });
    expect(pointAt(paragraphs, inBreak, 'end')).toEqual({ paragraph: 0, offset: paragraphs[0]!.text.length });
  });

  it('cuts a paragraph into segments carrying every overlapping id', () => {
    const [p] = paragraphsOf('abcdefgh');
    const segments = markedSegments(p!, [
      { id: 'x', start: 1, end: 5 },
      { id: 'y', start: 3, end: 7 },
      { id: 'elsewhere', start: 20, end: 30 },
    ]);
    expect(segments).toEqual([
      { text: 'a', ids: [] },
      { text: 'bc', ids: ['x'] },
      { text: 'de', ids: ['x', 'y'] },
      { text: 'fg', ids: ['y'] },
      { text: 'h', ids: [] },
    ]);
  });
});
