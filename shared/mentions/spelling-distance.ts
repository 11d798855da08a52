import { distance } from 'fastest-levenshtein';

/**
 * How far apart two folded words are for a reader: letters changed, added or dropped, and
 * two neighbouring letters swapped counted as one slip ("Hdadad" for "Haddad"), which plain
 * Levenshtein would count as two.
 */
export function spellingDistance(a: string, b: string): number {
  const edits = distance(a, b);
  return edits === 2 && isOneSwap(a, b) ? 1 : edits;
}

function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * How many slips a surname of this length may carry and still read as a misspelling:
 * none under four letters (too many short names sit one letter apart: "Ali", "Alo",
 * "Ari"), one up to seven, two from eight.
 */
export function allowedSlips(surname: string): number {
  const letters = [...surname].length;
  if (letters < 4) return 0;
  return letters < 8 ? 1 : 2;
}
