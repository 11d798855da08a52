import { foldForSearch } from '../../shared/search';

/** Something the palette can go to, with every name it answers to. */
export type PaletteEntry = {
  kind: 'entity' | 'proposal' | 'source' | 'brief';
  id: string;
  title: string;
  /** Other names: an entity's aliases. */
  aliases: readonly string[];
  /** Also searched, less strongly: a source's outlet and authors. */
  also: readonly string[];
  /** A short line under the title: an entity's kind, a source's outlet and date. */
  details: string;
};

export type RankedEntry = PaletteEntry & {
  score: number;
  /** The alias that matched, when the title did not: shown so the hit makes sense. */
  via: string | null;
};

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * How well a typed fragment names a thing, 0 for not at all. The whole name beats its
 * start, which beats a word's start, which beats anywhere inside, which beats initials
 * ("ilma" for "Ilse Marrow"); case and accents are ignored throughout.
 */
export function nameScore(query: string, name: string): number {
  const q = foldForSearch(query).trim();
  const n = foldForSearch(name).trim();
  if (!q || !n) return 0;
  if (n === q) return 100;
  // Shorter names a fragment starts are closer to what was meant.
  const closeness = Math.max(0, 5 - (n.length - q.length) / 10);
  if (n.startsWith(q)) return 85 + closeness;
  const words = n.split(WORD_SPLIT).filter(Boolean);
  if (words.some((w) => w.startsWith(q))) return 70 + closeness;
  if (n.includes(q)) return 55 + closeness;
  const typed = q.split(WORD_SPLIT).filter(Boolean);
  if (typed.length > 1 && typed.every((t) => words.some((w) => w.startsWith(t)))) return 50 + closeness;
  return initialsScore(q.replace(/\s+/g, ''), n);
}

/**
 * Letters typed in order where each one starts a word or follows the letter before it,
 * as in "ilma" for "Ilse Marrow" or "vgb" for "Velmoran Grain Board"; 10 to 30, or 0.
 * Letters merely scattered through a long title do not count: they match nearly anything.
 */
function initialsScore(q: string, n: string): number {
  if (q.length < 2) return 0;
  const starts = new Set<number>();
  for (const word of n.matchAll(/[\p{L}\p{N}]+/gu)) starts.add(word.index);
  // The most adjacent letters over every way of placing the query (-1: no way), remembered
  // per (letter, place of the one before) so repeated letters cannot blow up the search.
  const known = new Map<number, number>();
  const best = (qi: number, previous: number): number => {
    if (qi === q.length) return 0;
    const key = qi * (n.length + 2) + previous + 1;
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    let found = -1;
    for (let at = n.indexOf(q[qi]!, previous + 1); at !== -1; at = n.indexOf(q[qi]!, at + 1)) {
      const adjacent = qi > 0 && at === previous + 1;
      if (!adjacent && !starts.has(at)) continue;
      const rest = best(qi + 1, at);
      if (rest >= 0) found = Math.max(found, rest + (adjacent ? 1 : 0));
    }
    known.set(key, found);
    return found;
  };
  const adjacent = best(0, -1);
  return adjacent < 0 ? 0 : 10 + 20 * (adjacent / (q.length - 1));
}

/** An entry's best score over its names; an alias counts a little less than the name itself. */
export function scoreEntry(query: string, entry: PaletteEntry): { score: number; via: string | null } {
  let best = { score: nameScore(query, entry.title), via: null as string | null };
  const title = foldForSearch(entry.title);
  for (const alias of entry.aliases) {
    const score = nameScore(query, alias) - 3;
    // "Marrow" needs no mention under "Ilse Marrow"; "Tomas" under "Reyvald, T." does.
    if (score > best.score) best = { score, via: title.includes(foldForSearch(alias)) ? null : alias };
  }
  for (const other of entry.also) {
    const score = nameScore(query, other) - 20;
    if (score > best.score) best = { score, via: null };
  }
  return best;
}

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The entries matching a query, best first; ties in title order so the list stays still. */
export function rankEntries(query: string, entries: readonly PaletteEntry[], limit: number): RankedEntry[] {
  if (!query.trim()) return [];
  const ranked: RankedEntry[] = [];
  for (const entry of entries) {
    const { score, via } = scoreEntry(query, entry);
    if (score > 0) ranked.push({ ...entry, score, via });
  }
  ranked.sort((a, b) => b.score - a.score || byTitle.compare(a.title, b.title));
  return ranked.slice(0, limit);
}
