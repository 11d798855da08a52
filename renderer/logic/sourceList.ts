import type { SourceMeta } from '../../shared/model';

export type SourceSort = 'date' | 'outlet' | 'title';

export const SOURCE_SORTS: ReadonlyArray<{ value: SourceSort; label: string }> = [
  { value: 'date', label: 'Newest first' },
  { value: 'outlet', label: 'Outlet' },
  { value: 'title', label: 'Title' },
];

/** Case- and accent-blind, so "reuters" finds "Reuters" and "geneve" finds "Genève". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function haystack(source: SourceMeta): string {
  return foldForSearch([source.title, source.outlet, ...source.authors, source.fileName ?? ''].join('\n'));
}

/** Every word of the filter must appear somewhere in the title, outlet, authors or file name. */
export function filterSources(sources: readonly SourceMeta[], filter: string): SourceMeta[] {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sources];
  return sources.filter((source) => {
    const text = haystack(source);
    return words.every((word) => text.includes(word));
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byTitle = (a: SourceMeta, b: SourceMeta) => collator.compare(a.title, b.title);

/** Undated sources go last under every date order: a researcher looks for the dated ones first. */
function byDateNewestFirst(a: SourceMeta, b: SourceMeta): number {
  const da = a.publishedAt?.date;
  const db = b.publishedAt?.date;
  if (da && db && da !== db) return da < db ? 1 : -1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  // Same day or both undated: the most recently imported first, as it is the likeliest wanted.
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? 1 : -1;
  return byTitle(a, b);
}

/** Sources without an outlet go last, not first: an empty name is not "A". */
function byOutlet(a: SourceMeta, b: SourceMeta): number {
  if (!a.outlet !== !b.outlet) return a.outlet ? -1 : 1;
  return collator.compare(a.outlet, b.outlet) || byDateNewestFirst(a, b);
}

const comparators: Record<SourceSort, (a: SourceMeta, b: SourceMeta) => number> = {
  date: byDateNewestFirst,
  outlet: byOutlet,
  title: (a, b) => byTitle(a, b) || byDateNewestFirst(a, b),
};

export function sortSources(sources: readonly SourceMeta[], sort: SourceSort): SourceMeta[] {
  return [...sources].sort(comparators[sort]);
}

export function visibleSources(sources: readonly SourceMeta[], sort: SourceSort, filter: string): SourceMeta[] {
  return sortSources(filterSources(sources, filter), sort);
}
