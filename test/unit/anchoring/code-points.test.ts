import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointIndex, fromCodePointOffset, toCodePointOffset } from '../../../shared/anchoring';
import { boundaries, text } from './arbitraries';

describe('code point offsets for W3C positions', () => {
  it('counts an astral character as one code point and a combining mark as its own', () => {
    const s = 'Talks 𝒯 in Cairo 😀 — cafe\u0301 שלום';
    const emoji = s.indexOf('😀');
    expect(toCodePointOffset(s, emoji)).toBe(emoji - 1);
    expect(toCodePointOffset(s, emoji + 2)).toBe(emoji);
    expect(fromCodePointOffset(s, emoji)).toBe(emoji + 2);
    expect(toCodePointOffset(s, s.length)).toBe(Array.from(s).length);
  });

  it('rounds an offset that splits a pair down to the character it cuts', () => {
    expect(toCodePointOffset('a😀b', 2)).toBe(1);
    expect(codePointIndex('a😀b').toCodePoint(2)).toBe(1);
  });

  it('treats a lone surrogate as one code point, as string iteration does', () => {
    const s = 'a\ud83db';
    expect(toCodePointOffset(s, 3)).toBe(3);
    expect(codePointIndex(s).length).toBe(3);
  });

  it('refuses offsets outside the text', () => {
    expect(() => toCodePointOffset('abc', 4)).toThrow(RangeError);
    expect(() => fromCodePointOffset('a😀', 3)).toThrow(RangeError);
    expect(() => codePointIndex('a😀').fromCodePoint(3)).toThrow(RangeError);
    expect(() => codePointIndex('abc').toCodePoint(-1)).toThrow(RangeError);
  });

  it('round-trips every offset that does not split a pair, and the index agrees with the linear walk', () => {
    fc.assert(
      fc.property(text(80), (s) => {
        const index = codePointIndex(s);
        expect(index.length).toBe(Array.from(s).length);
        for (const offset of boundaries(s)) {
          const points = toCodePointOffset(s, offset);
          expect(points).toBe(Array.from(s.slice(0, offset)).length);
          expect(index.toCodePoint(offset)).toBe(points);
          expect(fromCodePointOffset(s, points)).toBe(offset);
          expect(index.fromCodePoint(points)).toBe(offset);
        }
      }),
      { numRuns: 300 },
    );
  });
});
