/** A span of a source's text with some words either side, for reading a mention in place. */
export type InContext = { before: string; text: string; after: string };

/**
 * Cuts about `width` characters either side of a span, widened or narrowed to whole words so
 * the context never starts mid-word; an ellipsis says when the paragraph goes on.
 */
export function inContext(text: string, start: number, end: number, width = 60): InContext {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  let from = Math.max(paragraphStart, start - width);
  let to = Math.min(paragraphEnd, end + width);
  if (from > paragraphStart) {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < start ? space + 1 : from;
  }
  if (to < paragraphEnd) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : to;
  }
  return {
    before: (from > paragraphStart ? '…' : '') + text.slice(from, start),
    text: text.slice(start, end),
    after: text.slice(end, to) + (to < paragraphEnd ? '…' : ''),
  };
}

export type SourceGroup<T> = { sourceId: string; title: string; items: T[] };

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Mentions grouped per source (sources by title, mentions in text order), as the entity page lists them. */
export function groupBySource<T extends { sourceId: string; start: number }>(items: readonly T[], titleOf: (sourceId: string) => string): SourceGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.sourceId, [...(groups.get(item.sourceId) ?? []), item]);
  return [...groups]
    .map(([sourceId, list]) => ({ sourceId, title: titleOf(sourceId), items: [...list].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => byTitle.compare(a.title, b.title) || a.sourceId.localeCompare(b.sourceId));
}
