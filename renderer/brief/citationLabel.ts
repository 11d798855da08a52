import { formatPublished } from '../../shared/brief';
import type { SourceMeta } from '../../shared/model';

/** Long quotes are cut at a word near `max` characters; the whole quote is in the tooltip. */
export function shortQuote(quote: string, max = 90): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** "Outlet, 5 March 2031" — what a reader needs to judge a quote; title when there is no outlet. */
export function sourceLine(source: SourceMeta | undefined): string {
  if (!source) return 'source no longer in the notebook';
  const name = source.outlet || source.title;
  return source.publishedAt ? `${name}, ${formatPublished(source.publishedAt)}` : name;
}
