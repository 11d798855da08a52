import { termOf, wordsOf } from './words';

/** A search box's text read as words (prefix and fuzzy) and "phrases in quotes" (exact, adjacent). */
export interface ParsedQuery {
  /** Folded terms, each matched as a prefix or with a typo or two. */
  words: string[];
  /** Folded terms of each phrase, matched exactly and side by side. */
  phrases: string[][];
}

// Straight or typographic quotes, as a keyboard or a paste from a document gives them.
const PHRASE = /["“”„«»]([^"“”„«»]*)["“”„«»]/g;

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(PHRASE, (_, inside: string) => {
    const terms = termsOf(inside);
    if (terms.length > 0) phrases.push(terms);
    return ' ';
  });
  return { words: termsOf(rest), phrases };
}

export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.words.length === 0 && parsed.phrases.length === 0;
}

function termsOf(text: string): string[] {
  return wordsOf(text).map(termOf).filter(Boolean);
}
