import { foldSeparator } from './fold';
import type { Words } from './words';

/**
 * Lowercase particles that sit inside names ("Omar al-Sayed", "Ana de la Cruz"), so a run
 * of capitalised words does not break at them.
 */
const PARTICLES = new Set([
  'al', 'el', 'ad', 'ibn', 'bin', 'bint', 'abu', 'ben', 'bat', 'de', 'da', 'das', 'do', 'dos', 'di', 'du',
  'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'y',
]);

// A name starts with a capital, or with a letter of a script that has no case (Arabic…).
const NAME_START = /^[\p{Lu}\p{Lt}\p{Lo}]/u;

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

/** True when word `i` begins with a real capital, which caseless scripts never give. */
export function hasCapital(text: string, words: Words, i: number): boolean {
  const start = words.starts[i] as number;
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(text.slice(start, start + 2));
}

/** A stretch of name-like words: the index of its first word and one past its last. */
export interface NameRun {
  first: number;
  end: number;
}

/** True when word `i` begins with a capital (or a caseless letter), as names do. */
export function isCapitalised(text: string, words: Words, i: number): boolean {
  const start = words.starts[i] as number;
  const c = text.charCodeAt(start);
  // Most words of most sources are ASCII; a regular expression for each is a scan's cost.
  if (c < 128) return c >= 65 && c <= 90;
  return NAME_START.test(text.slice(start, start + 2));
}

/**
 * The runs of capitalised words in a text, joined only by spaces, line breaks, hyphens,
 * the period of an initial ("Amal K. Haddad") or a particle. Anything else (a comma, a
 * possessive, a lowercase word) ends a run, which is how "Haddad's team" stays "Haddad".
 */
export function nameRuns(text: string, words: Words): NameRun[] {
  const runs: NameRun[] = [];
  const count = words.folded.length;
  let i = 0;
  while (i < count) {
    if (!isCapitalised(text, words, i)) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    for (let next = i + 1; next < count; next += 1) {
      if (!joins(text, words, next - 1, next)) break;
      if (isCapitalised(text, words, next)) {
        last = next;
        continue;
      }
      // A particle belongs to the run only when a capitalised word follows it.
      if (!PARTICLES.has(words.folded[next] as string) || next + 1 >= count) break;
    }
    runs.push({ first, end: last + 1 });
    i = last + 1;
  }
  return runs;
}

function joins(text: string, words: Words, a: number, b: number): boolean {
  const between = foldSeparator(text.slice(words.ends[a], words.starts[b]));
  if (between === ' ') return true;
  const initial = (words.ends[a] as number) - (words.starts[a] as number) === 1;
  return initial && (between === '. ' || between === '.');
}
