import { foldSeparator, foldWord } from './fold';

/**
 * A word is a run of letters, marks and digits, with apostrophes inside it ("O’Neill" is one
 * word, so "Neill" is not found in it) and zero-width joiners (Persian writes them inside
 * words). A trailing possessive "’s" is not part of the word: "Haddad’s" is "Haddad".
 *
 * The scan is written out by hand because a notebook's sources are scanned in one go:
 * a Unicode-aware regular expression plus per-word folding cost several times as much.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u200c\u200d]$/u;

/** The words of a text in order, as parallel arrays: a source can hold many thousands. */
export interface Words {
  readonly starts: number[];
  readonly ends: number[];
  readonly folded: string[];
}

// Per UTF-16 unit: 0 not yet known, 1 word character, 2 not. Filled lazily, shared by scans.
const classOfUnit = new Uint8Array(65536);
for (let c = 0; c < 128; c += 1) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  classOfUnit[c] = word ? 1 : 2;
}

/** How many UTF-16 units the word character at `i` takes, or 0 when it is not one. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    // Astral letters (some CJK, historic scripts) are rare enough to test one by one.
    return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = classOfUnit[c];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    classOfUnit[c] = known;
  }
  return known === 1 ? 1 : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

/** Splits a text into words with their UTF-16 offsets and folded forms. */
export function splitWords(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const folded: string[] = [];
  // Lowercasing the whole text once is far cheaper than word by word; it is only usable
  // where it kept every offset (a few letters, such as "İ", lowercase to two units).
  const lower = text.toLowerCase();
  const sameOffsets = lower.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = wordCharWidth(text, i);
    if (first === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let ascii = text.charCodeAt(i) < 128;
    i += first;
    for (;;) {
      const width = i < n ? wordCharWidth(text, i) : 0;
      if (width > 0) {
        if (ascii && text.charCodeAt(i) >= 128) ascii = false;
        i += width;
        continue;
      }
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && wordCharWidth(text, i + 1) > 0) {
        if (text.charCodeAt(i) !== 39) ascii = false;
        i += 1;
        continue;
      }
      break;
    }
    let end = i;
    if (isPossessive(text, start, end)) end -= 2;
    starts.push(start);
    ends.push(end);
    folded.push(ascii && sameOffsets ? lower.slice(start, end) : foldWord(text.slice(start, end)));
  }
  return { starts, ends, folded };
}

function isPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const last = text.charCodeAt(end - 1);
  return (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2)); // s, S
}

/** A whole name as it compares with other names: "José  O’Neill" and "jose o'neill" agree. */
export function nameKey(name: string): string {
  const words = splitWords(name);
  let key = words.folded[0] ?? '';
  for (let i = 1; i < words.folded.length; i += 1) {
    key += foldSeparator(name.slice(words.ends[i - 1], words.starts[i])) + words.folded[i];
  }
  return key;
}
