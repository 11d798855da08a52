import type { Query } from 'minisearch';
import { firstMatch, isEmptyQuery, matcherFor, parseQuery, type ParsedQuery, type SearchKind, type SearchRequest, type SearchResults } from '../../../shared/search';
import { documentOf } from './documents';
import { describeHit } from './describe';
import { allowedBy, type Allowed } from './filters';
import type { LiveIndex } from './live-index';
import { fuzzinessFor, prefixFor, searchOptions } from './options';

/** A record that answers the query: its score and the indexed words it matched. */
export interface Hit {
  id: string;
  kind: SearchKind;
  score: number;
  terms: string[];
}

/**
 * Runs a search: words and phrases through the index, filters on the registry; an empty
 * query lists what the filters keep, most recently changed first. Only the results shown
 * are read back from the notebook for their snippets.
 */
export function runQuery(live: LiveIndex, request: SearchRequest): SearchResults {
  const parsed = parseQuery(request.query);
  const allowed = allowedBy(request, live.registry);
  const hits = isEmptyQuery(parsed) ? listed(live, allowed) : matched(live, parsed, allowed);
  return {
    results: hits.slice(0, request.limit).map((hit) => describeHit(live.notebook, hit, parsed)),
    total: hits.length,
  };
}

function matched(live: LiveIndex, parsed: ParsedQuery, allowed: Allowed | null): Hit[] {
  // Every word must be there: free words as prefixes or with a typo, phrase words exactly.
  const query: Query = {
    combineWith: 'AND',
    queries: [
      ...parsed.words.map((term) => ({ queries: [term], prefix: prefixFor(term), fuzzy: fuzzinessFor(term) })),
      ...parsed.phrases.flat().map((term) => ({ queries: [term], prefix: false, fuzzy: false })),
    ],
  };
  const filter = allowed ? { filter: (result: { id: string }) => allowed(result.id) } : {};
  const results = live.index.search(query, { ...searchOptions, ...filter });
  const hits = results.flatMap((r): Hit[] => {
    const entry = live.registry.get(r.id as string);
    return entry ? [{ id: r.id as string, kind: entry.kind, score: r.score, terms: r.terms }] : [];
  });
  if (parsed.phrases.length === 0) return hits;
  // The index knows words, not their order: keep the records where each phrase is really there.
  const phraseMatchers = parsed.phrases.map((phrase) => matcherFor([], [phrase]));
  return hits.filter((hit) => {
    const document = documentOf(live.notebook, hit.kind, hit.id);
    const fields = document ? [document.title, document.names, document.text] : [];
    return phraseMatchers.every((matcher) => fields.some((field) => firstMatch(field, matcher) !== null));
  });
}

function listed(live: LiveIndex, allowed: Allowed | null): Hit[] {
  const kept: Array<Hit & { updatedAt: string }> = [];
  for (const [id, entry] of live.registry.all()) {
    if (!allowed || allowed(id)) kept.push({ id, kind: entry.kind, score: 0, terms: [], updatedAt: entry.updatedAt });
  }
  kept.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return kept.map(({ updatedAt: _, ...hit }) => hit);
}
