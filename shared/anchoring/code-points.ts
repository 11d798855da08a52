/**
 * Conversions between JavaScript string indices (UTF-16 code units, what the app stores)
 * and Unicode code point offsets (what W3C TextPositionSelector requires on export).
 *
 * Only a well-formed surrogate pair counts as one code point; a lone surrogate counts as
 * one on its own, the same way `for…of` and `Array.from` walk a string.
 */

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  return isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index));
}

/** Moves an offset that splits a pair outward so the whole character stays inside a span. */
export function widenStart(text: string, start: number): number {
  return splitsPair(text, start) ? start - 1 : start;
}
export function widenEnd(text: string, end: number): number {
  return splitsPair(text, end) ? end + 1 : end;
}

/**
 * The code point offset of a UTF-16 offset. An offset that splits a pair counts the
 * character it cuts as not yet passed (rounds down).
 */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  checkOffset(utf16Offset, text.length, 'UTF-16');
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i += 1) {
    if (startsPair(text, i)) {
      if (i + 1 === utf16Offset) return codePoints;
      i += 1;
    }
    codePoints += 1;
  }
  return codePoints;
}

/** The UTF-16 offset of a code point offset; the inverse of `toCodePointOffset`. */
export function fromCodePointOffset(text: string, codePointOffset: number): number {
  checkOffset(codePointOffset, text.length, 'code point');
  let utf16 = 0;
  for (let seen = 0; seen < codePointOffset; seen += 1) {
    if (utf16 >= text.length) throw new RangeError(`code point offset ${codePointOffset} is past the end of the text`);
    utf16 += startsPair(text, utf16) ? 2 : 1;
  }
  return utf16;
}

export interface CodePointIndex {
  /** Code points in the text. */
  readonly length: number;
  toCodePoint(utf16Offset: number): number;
  fromCodePoint(codePointOffset: number): number;
}

/**
 * Precomputes where the text's astral characters sit so that each conversion is a binary
 * search: exporting a source with hundreds of annotations should not walk the text each time.
 * Texts without astral characters (most news copy) convert in O(1).
 */
export function codePointIndex(text: string): CodePointIndex {
  // UTF-16 offsets where a pair starts, and the code point offset of that same character.
  const pairUnits: number[] = [];
  const pairPoints: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (startsPair(text, i)) {
      pairPoints.push(i - pairUnits.length);
      pairUnits.push(i);
      i += 1;
    }
  }
  const length = text.length - pairUnits.length;
  return {
    length,
    toCodePoint(utf16Offset) {
      checkOffset(utf16Offset, text.length, 'UTF-16');
      // Pairs that start before the offset have each been counted twice in UTF-16.
      return utf16Offset - countBelow(pairUnits, utf16Offset);
    },
    fromCodePoint(codePointOffset) {
      checkOffset(codePointOffset, length, 'code point');
      return codePointOffset + countBelow(pairPoints, codePointOffset);
    },
  };
}

/** How many entries of the ascending array are below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function checkOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${unit} offset ${offset} is outside the text (0–${max})`);
  }
}

function startsPair(text: string, index: number): boolean {
  return isHigh(text.charCodeAt(index)) && index + 1 < text.length && isLow(text.charCodeAt(index + 1));
}
function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
