import { foldForSearch } from './annotationQuery';

/**
 * Finding folded terms back in the text as written. The index only knows "sao"; the reader
 * needs the offsets of "São" (or "SAO", or "Sa\u0303o"). Rather than fold every text with an
 * offset map, each folded letter becomes the class of characters that fold to it, each
 * followed by any combining marks, so one regular expression runs over the original text.
 */

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
/**
 * "No letter before the word", checked just after its first letter rather than before it:
 * the regular expression engine then jumps between candidate letters instead of testing the
 * look-behind at every position of a long article (four times faster).
 */
const NOTHING_BEFORE_FIRST = `(?<!${WORD_CHAR}.)`;
const NOTHING_AFTER = `(?!${WORD_CHAR})`;
const BETWEEN_WORDS = '[^\\p{L}\\p{N}\\p{M}]+';

let spellings: Map<string, string[]> | undefined;

/** Beyond the Basic Multilingual Plane, only the styled letters of mathematical alphanumerics fold to plain ones. */
const ASTRAL_STYLED = [0x1d400, 0x1d7ff] as const;

/** Every character that folds to a single other character, by that character. */
function spellingsByFold(): Map<string, string[]> {
  if (spellings) return spellings;
  spellings = new Map();
  const codes = function* () {
    for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) yield code;
    for (let code = ASTRAL_STYLED[0]; code <= ASTRAL_STYLED[1]; code++) yield code;
  };
  for (const code of codes()) {
    const char = String.fromCodePoint(code);
    const folded = foldForSearch(char);
    if (folded.length !== 1 || folded === char) continue;
    const list = spellings.get(folded) ?? [];
    list.push(char);
    spellings.set(folded, list);
  }
  return spellings;
}

function escapeInClass(char: string): string {
  return /[\\\][^-]/.test(char) ? `\\${char}` : char;
}

/** A pattern for one folded term, matching it in any case and with any accents. */
export function termPattern(term: string, { wordStart = false } = {}): string {
  const table = spellingsByFold();
  let pattern = '';
  for (const char of term) {
    const variants = [char, ...(table.get(char) ?? [])];
    pattern += `[${variants.map(escapeInClass).join('')}]${wordStart && pattern === '' ? NOTHING_BEFORE_FIRST : ''}\\p{M}*`;
  }
  return pattern;
}

function phrasePattern(terms: readonly string[]): string {
  return terms.map((term, i) => termPattern(term, { wordStart: i === 0 })).join(BETWEEN_WORDS);
}

/** Compiled matchers by what they match: each search asks for the same few dozens of times. */
const compiled = new Map<string, RegExp | null>();
const COMPILED_KEPT = 500;

/** Matches whole words only: any of `terms`, or any of `phrases` with its words side by side. */
export function matcherFor(terms: readonly string[], phrases: readonly (readonly string[])[] = []): RegExp | null {
  const key = JSON.stringify([[...terms].sort(), phrases]);
  let matcher = compiled.get(key);
  if (matcher === undefined) {
    matcher = compile(terms, phrases);
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, matcher);
  }
  return matcher;
}

function compile(terms: readonly string[], phrases: readonly (readonly string[])[]): RegExp | null {
  const alternatives = [
    ...phrases.filter((p) => p.length > 0).map(phrasePattern),
    ...[...new Set(terms)].filter(Boolean).map((term) => phrasePattern([term])),
  ];
  if (alternatives.length === 0) return null;
  return new RegExp(`(?:${alternatives.join('|')})${NOTHING_AFTER}`, 'gu');
}

export type Span = [start: number, end: number];

/** Every match in `text`, in order. */
export function matchesIn(text: string, matcher: RegExp | null): Span[] {
  if (!matcher) return [];
  const spans: Span[] = [];
  matcher.lastIndex = 0;
  for (const match of text.matchAll(matcher)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** The first match in `text`, or null. */
export function firstMatch(text: string, matcher: RegExp | null): Span | null {
  if (!matcher) return null;
  matcher.lastIndex = 0;
  const match = matcher.exec(text);
  matcher.lastIndex = 0;
  return match ? [match.index, match.index + match[0].length] : null;
}
