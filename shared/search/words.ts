import { foldForSearch } from './annotationQuery';

/**
 * What search counts as a word: a run of letters, digits and combining marks. Indexing,
 * queries and the matcher that finds words back in the text all cut text this one way, so
 * "three-day" is two words everywhere and "São" keeps its accent attached.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII = /^[ -~]*$/;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A word (or a tag, an outlet) as search compares it: lower case, accents gone, as
 * `foldForSearch` does. Most are plain ASCII, and lower-casing those is far cheaper than
 * normalising; the result is the same.
 */
export function termOf(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : foldForSearch(word);
}
