import fc from 'fast-check';

/**
 * Pieces random texts are built from: Latin letters and punctuation, astral characters
 * (two UTF-16 units each), combining marks (a base letter and a separate mark), and Hebrew
 * and Arabic letters, so offsets, pairs and right-to-left runs all get exercised.
 */
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''),
  ' ', ' ', ' ', ',', '.', '—', '\n\n', '"',
  '😀', '𝒯', '🇪🇬', '👩🏽‍⚖️', '𝄞',
  'e\u0301', 'a\u0308', '\u0303',
  'ש', 'ל', 'ו', 'ם', 'س', 'ل', 'ا', 'م', '\u200f',
];

export const text = (maxPieces = 120) =>
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Every UTF-16 offset of `s` that does not fall inside a surrogate pair. */
export function boundaries(s: string): number[] {
  const offsets = [0];
  let at = 0;
  for (const ch of s) {
    at += ch.length;
    offsets.push(at);
  }
  return offsets;
}

/** A text with a non-empty span whose ends are whole characters. */
export const textWithSpan = (maxPieces?: number) =>
  fc.tuple(text(maxPieces), fc.nat(), fc.nat()).map(([s, a, b]) => {
    const offsets = boundaries(s);
    const i = a % offsets.length;
    let j = b % offsets.length;
    if (i === j) j = i === offsets.length - 1 ? i - 1 : i + 1;
    const [start, end] = [offsets[Math.min(i, j)] as number, offsets[Math.max(i, j)] as number];
    return { text: s, start, end };
  });
