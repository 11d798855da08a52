import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectBoilerplate, trimSpans } from '../../../../shared/import';
import { normaliseText } from '../../../../shared/text/normalise';
import { article } from './fixture';

describe('trimSpans', () => {
  it('removes a middle paragraph and one of the blank lines around it', () => {
    const text = 'Alpha one.\n\nShare this article\n\nGamma three.';
    const trimmed = trimSpans(text, [{ start: 12, end: 30 }]);
    expect(trimmed.text).toBe('Alpha one.\n\nGamma three.');
    expect(trimmed.map(0)).toBe(0);
    expect(trimmed.map(32)).toBe(12); // "G"
    expect(trimmed.map(15)).toBeNull(); // inside the span
    // The edges of a removed span land where it was.
    expect(trimmed.map(12)).toBe(12);
    expect(trimmed.map(30)).toBe(12);
    expect(trimmed.map(text.length)).toBe(trimmed.text.length);
  });

  it('removes leading and trailing paragraphs without leaving blank lines at the ends', () => {
    const text = 'Skip to content\n\nStory.\n\nBack to top';
    expect(trimSpans(text, [{ start: 0, end: 15 }, { start: 25, end: 36 }]).text).toBe('Story.');
  });

  it('removes a line from a paragraph without splitting the paragraph', () => {
    const text = 'Talks continue on Thursday.\nRead more\nMore of the same paragraph.';
    const trimmed = trimSpans(text, [{ start: 28, end: 37 }]);
    expect(trimmed.text).toBe('Talks continue on Thursday.\nMore of the same paragraph.');
    expect(trimmed.map(38)).toBe(28);
  });

  it('keeps the text as it is when nothing is removed', () => {
    const text = article('furniture.txt');
    const trimmed = trimSpans(text, []);
    expect(trimmed.text).toBe(text);
    expect(trimmed.map(100)).toBe(100);
  });

  it('gives null for offsets outside the old text', () => {
    const trimmed = trimSpans('abc', []);
    expect(trimmed.map(-1)).toBeNull();
    expect(trimmed.map(4)).toBeNull();
    expect(trimmed.map(1.5)).toBeNull();
    expect(trimmed.map(3)).toBe(3);
  });

  it('trims the furniture fixture to the story, still normalised', () => {
    const text = article('furniture.txt');
    const trimmed = trimSpans(text, detectBoilerplate(text));
    expect(normaliseText(trimmed.text)).toBe(trimmed.text);
    expect(trimmed.text).toBe(
      [
        'Harbour talks: mediators float 48-hour pause',
        'By Mira Okonjo\nMarch 3, 2024',
        'PORT SELEN — Negotiators for the Valdorian government and the Northern Coalition met again on Tuesday in the harbour city, where mediators from Tessaly presented what officials called a "first step" toward a longer truce.',
        'The proposal would pause fighting for forty-eight hours and let aid convoys use the eastern corridor. Coalition spokesperson Daniel Ferreira said the group would "study the text carefully".',
        'A government official said the pause could be accepted "if the corridor is monitored by a neutral party".',
        'Talks are expected to continue on Thursday.',
      ].join('\n\n'),
    );
    // An annotation on "neutral party" moves with its words.
    const start = text.indexOf('neutral party');
    expect(trimmed.text.slice(trimmed.map(start) ?? -1, trimmed.map(start + 13) ?? -1)).toBe('neutral party');
  });

  it('tolerates unsorted, overlapping and out-of-range spans', () => {
    const text = 'One.\n\nTwo.\n\nThree.';
    const trimmed = trimSpans(text, [{ start: 8, end: 10 }, { start: 6, end: 9 }, { start: 50, end: 60 }]);
    expect(trimmed.text).toBe('One.\n\nThree.');
  });
});

/** A normalised text as paragraphs of lines, so spans can be drawn on whole units. */
const line = fc
  .array(fc.constantFrom('a', 'b', 'Z', ' ', 'é', '—', '😀', '.', '\t'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join('').replace(/[ \t]+$/, '') || 'x');
const paragraph = fc.array(line, { minLength: 1, maxLength: 4 });
const document = fc.array(paragraph, { minLength: 1, maxLength: 8 });

interface Unit {
  start: number;
  end: number;
}

function layout(paragraphs: string[][]): { text: string; paragraphs: Unit[]; lines: Unit[] } {
  const paragraphUnits: Unit[] = [];
  const lineUnits: Unit[] = [];
  let offset = 0;
  paragraphs.forEach((lines, p) => {
    if (p > 0) offset += 2;
    const start = offset;
    lines.forEach((l, i) => {
      if (i > 0) offset += 1;
      lineUnits.push({ start: offset, end: offset + l.length });
      offset += l.length;
    });
    paragraphUnits.push({ start, end: offset });
  });
  return { text: paragraphs.map((lines) => lines.join('\n')).join('\n\n'), paragraphs: paragraphUnits, lines: lineUnits };
}

describe('trimSpans property', () => {
  it('keeps the text normalised and every surviving character where map says', () => {
    fc.assert(
      fc.property(document, fc.array(fc.boolean(), { maxLength: 40 }), fc.boolean(), (paragraphs, picks, byLine) => {
        const { text, paragraphs: pUnits, lines: lUnits } = layout(paragraphs);
        expect(normaliseText(text)).toBe(text);
        const units = byLine ? lUnits : pUnits;
        const spans = units.filter((_, i) => picks[i] === true);
        const trimmed = trimSpans(text, spans);

        expect(normaliseText(trimmed.text)).toBe(trimmed.text);
        const removed = (i: number) => spans.some((s) => s.start <= i && i < s.end);
        let previous = -1;
        let survivors = 0;
        for (let i = 0; i <= text.length; i++) {
          const mapped = trimmed.map(i);
          const inside = spans.some((s) => s.start < i && i < s.end);
          if (inside) {
            expect(mapped).toBeNull();
            continue;
          }
          expect(mapped).not.toBeNull();
          // Offsets never go backwards, so a mapped range stays a range.
          expect(mapped as number).toBeGreaterThanOrEqual(previous);
          previous = mapped as number;
          if (i < text.length && !removed(i) && text[i] !== '\n') {
            expect(trimmed.text[mapped as number]).toBe(text[i]);
            survivors += 1;
          }
        }
        // Nothing but line breaks disappears outside the spans.
        expect(trimmed.text.replace(/\n/g, '').length).toBe(survivors);
      }),
      { numRuns: 300 },
    );
  });

  it('removing whole paragraphs gives the other paragraphs joined by one blank line', () => {
    fc.assert(
      fc.property(document, fc.array(fc.boolean(), { maxLength: 8 }), (paragraphs, picks) => {
        const { text, paragraphs: units } = layout(paragraphs);
        const trimmed = trimSpans(text, units.filter((_, i) => picks[i] === true));
        const expected = paragraphs.filter((_, i) => picks[i] !== true).map((lines) => lines.join('\n')).join('\n\n');
        expect(trimmed.text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('removing lines keeps each paragraph together and drops emptied paragraphs', () => {
    fc.assert(
      fc.property(document, fc.array(fc.boolean(), { maxLength: 40 }), (paragraphs, picks) => {
        const { text, lines: units } = layout(paragraphs);
        const trimmed = trimSpans(text, units.filter((_, i) => picks[i] === true));
        let index = 0;
        const expected = paragraphs
          .map((lines) => lines.filter(() => picks[index++] !== true))
          .filter((lines) => lines.length > 0)
          .map((lines) => lines.join('\n'))
          .join('\n\n');
        expect(trimmed.text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
