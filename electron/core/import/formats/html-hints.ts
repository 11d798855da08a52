import { authorNames, cleanField, FileHints, publishedDateOf } from './file-hints';
import type { PageClues } from './html-sanitise';
import { articlesInJsonLd } from './json-ld';

/**
 * How far each kind of clue is trusted. JSON-LD is written for search engines and usually
 * right; Open Graph is written for link previews; plain meta tags are often stale CMS
 * defaults; `<title>` carries the outlet's suffix and SEO phrasing.
 */
const trust = { jsonLd: 0.9, canonical: 0.85, openGraph: 0.8, meta: 0.65, byline: 0.5, title: 0.5, htmlLang: 0.8, dir: 0.9 };

export interface PageFacts {
  clues: PageClues;
  lang: string | null;
  dir: string | null;
  /** A byline Readability found in the markup (rel=author, class="byline"). */
  byline: string | null;
}

export function hintsOfPage({ clues, lang, dir, byline }: PageFacts): FileHints['list'] {
  const hints = new FileHints();
  const meta = (key: string) => clues.metas.filter((m) => m.key === key).map((m) => m.content);
  const firstMeta = (...keys: string[]) => keys.map((k) => meta(k)[0]).find((v) => v !== undefined) ?? null;

  for (const article of articlesInJsonLd(clues.jsonLd)) {
    hints.add('title', cleanField(article.headline), trust.jsonLd, 'json-ld');
    hints.add('publishedAt', publishedDateOf(article.datePublished), trust.jsonLd, 'json-ld');
    const authors = article.authors.flatMap(authorNames);
    if (authors.length > 0) hints.add('authors', authors, trust.jsonLd, 'json-ld');
    hints.add('outlet', cleanField(article.publisher, 300), trust.jsonLd, 'json-ld');
    hints.add('url', webUrl(article.url), trust.jsonLd, 'json-ld');
    hints.add('language', cleanField(article.language, 35), trust.jsonLd, 'json-ld');
  }

  const siteName = cleanField(firstMeta('og:site_name'), 300);
  hints.add('title', cleanField(firstMeta('og:title', 'twitter:title')), trust.openGraph, 'html-meta');
  hints.add('outlet', siteName, trust.openGraph, 'html-meta');
  hints.add('publishedAt', publishedDateOf(firstMeta('article:published_time')), trust.openGraph, 'html-meta');
  hints.add('publishedAt', publishedDateOf(firstMeta('datepublished', 'date', 'dc.date', 'dcterms.created', 'pubdate')), trust.meta, 'html-meta');
  const metaAuthors = [...meta('author'), ...meta('article:author'), ...meta('dc.creator')].flatMap(authorNames);
  if (metaAuthors.length > 0) hints.add('authors', [...new Set(metaAuthors)], trust.meta, 'html-meta');
  hints.add('url', webUrl(clues.canonical), trust.canonical, 'html-link');
  hints.add('url', webUrl(firstMeta('og:url')), trust.openGraph, 'html-meta');
  hints.add('language', localeTag(firstMeta('og:locale')), trust.meta, 'html-meta');

  const bylineAuthors = authorNames(byline);
  if (bylineAuthors.length > 0) hints.add('authors', bylineAuthors, trust.byline, 'html-byline');
  hints.add('title', titleWithoutSite(cleanField(clues.title), siteName), trust.title, 'html-title');
  hints.add('language', cleanField(lang, 35), trust.htmlLang, 'html-lang');
  const direction = dir?.trim().toLowerCase();
  if (direction === 'rtl' || direction === 'ltr') hints.add('direction', direction, trust.dir, 'html-dir');
  return hints.list;
}

/** Only absolute http(s) URLs are kept; a relative canonical or `javascript:` is not an address. */
function webUrl(value: string | null | undefined): string | null {
  const candidate = cleanField(value, 2000);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** og:locale is "ar_AR"; a language tag is "ar-AR". */
function localeTag(value: string | null): string | null {
  const clean = cleanField(value, 35);
  return clean && /^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$/.test(clean) ? clean.replace(/_/g, '-') : null;
}

/** "Port deal stalls | The Meridian Ledger" → "Port deal stalls" when the site name is known. */
function titleWithoutSite(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const separators = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: '];
  for (const separator of separators) {
    if (title.endsWith(`${separator}${siteName}`)) return title.slice(0, -(separator.length + siteName.length)).trim() || title;
    if (title.startsWith(`${siteName}${separator}`)) return title.slice(siteName.length + separator.length).trim() || title;
  }
  return title;
}
