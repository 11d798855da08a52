import type { Annotation } from '../model';

/** Lower case without diacritics, so "Doha" finds "DOHA" and "Sao" finds "São". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Annotations whose quote, comment or tags hold every word of the query, newest first.
 * A plain scan: enough to pick an annotation to cite; full-text search is its own index.
 */
export function findAnnotations(annotations: Iterable<Annotation>, query: string, limit: number): Annotation[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const found: Annotation[] = [];
  for (const annotation of annotations) {
    const haystack = foldForSearch([annotation.target.quote.exact, annotation.comment, ...annotation.tags].join('\n'));
    if (words.every((word) => haystack.includes(word))) found.push(annotation);
  }
  found.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return found.slice(0, limit);
}
