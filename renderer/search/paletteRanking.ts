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
 * start, which beats a word's start, which beats anywhere inside, which beats the typed
 * letters merely appearing in order ("trv" for "Tomas Reyvald"); case and accents are
 * ignored throughout.
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
  return inOrderScore(q.replace(/\s+/g, ''), n);
}

/** Letters typed in order, scored by how tightly they sit: 10 to 30, or 0. */
function inOrderScore(q: string, n: string): number {
  if (q.length < 2) return 0;
  let from = 0;
  let first = -1;
  for (const letter of q) {
    const at = n.indexOf(letter, from);
    if (at === -1) return 0;
    if (first === -1) first = at;
    from = at + 1;
  }
  const spread = from - first;
  return 10 + 20 * (q.length / spread);
}

/** An entry's best score over its names; an alias counts a little less than the name itself. */
export function scoreEntry(query: string, entry: PaletteEntry): { score: number; via: string | null } {
  let best = { score: nameScore(query, entry.title), via: null as string | null };
  for (const alias of entry.aliases) {
    const score = nameScore(query, alias) - 3;
    if (score > best.score) best = { score, via: alias };
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
