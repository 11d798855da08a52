import { firstMatch, isEmptyQuery, matcherFor, parseQuery, type ParsedQuery, type SearchKind, type SearchRequest, type SearchResults } from '../../../shared/search';
import { documentOf } from './documents';
import { describeHit } from './describe';
import { evaluate, matchedTerms, type QueryTerm } from './evaluate';
import { allowedBy, type Allowed } from './filters';
import type { LiveIndex } from './live-index';
import { fuzzinessFor, prefixFor } from './options';
import type { Expansion } from './vocabulary';

/** A record that answers the query: its score and the indexed words it matched. */
export interface Hit {
  id: string;
  kind: SearchKind;
  score: number;
  terms: string[];
}

interface Ranked extends Omit<Hit, 'terms'> {
  /** Its number in the word index, to find which words it matched (none when listed). */
  doc: number | null;
}

/**
 * Runs a search: words and phrases through the index, filters on the registry; an empty
 * query lists what the filters keep, most recently changed first. Only the results shown
 * are read back from the notebook for their snippets.
 */
export function runQuery(live: LiveIndex, request: SearchRequest): SearchResults {
  const parsed = parseQuery(request.query);
  const allowed = allowedBy(request, live.registry);
  const { ranked, expansions } = isEmptyQuery(parsed) ? { ranked: listed(live, allowed), expansions: [] } : matched(live, parsed, allowed);
  const shown = ranked.slice(0, request.limit).map(({ doc, ...hit }) => {
    const terms = doc === null ? [] : matchedTerms(live.words, doc, expansions);
    return describeHit(live.notebook, { ...hit, terms }, parsed);
  });
  return { results: shown, total: ranked.length };
}

function matched(live: LiveIndex, parsed: ParsedQuery, allowed: Allowed | null): { ranked: Ranked[]; expansions: Expansion[][] } {
  // Every word must be there: free words as prefixes or with a typo, phrase words exactly.
  const query: QueryTerm[] = [
    ...parsed.words.map((term) => ({ term, prefix: prefixFor(term), fuzzy: fuzzinessFor(term) })),
    ...parsed.phrases.flat().map((term) => ({ term, prefix: false, fuzzy: 0 })),
  ];
  const { hits, expansions } = evaluate(live.words, query);
  const ranked: Ranked[] = [];
  for (const { id, doc, score } of hits) {
    const entry = live.registry.get(id);
    if (entry && (!allowed || allowed(id))) ranked.push({ id, kind: entry.kind, score, doc });
  }
  ranked.sort((a, b) => b.score - a.score);
  if (parsed.phrases.length === 0) return { ranked, expansions };
  // The index knows words, not their order: keep the records where each phrase is really there.
  const phraseMatchers = parsed.phrases.map((phrase) => matcherFor([], [phrase]));
  const withPhrases = ranked.filter((hit) => {
    const document = documentOf(live.notebook, hit.kind, hit.id);
    const fields = document ? [document.title, document.names, document.text] : [];
    return phraseMatchers.every((matcher) => fields.some((field) => firstMatch(field, matcher) !== null));
  });
  return { ranked: withPhrases, expansions };
}

function listed(live: LiveIndex, allowed: Allowed | null): Ranked[] {
  const kept: Array<Ranked & { updatedAt: string }> = [];
  for (const [id, entry] of live.registry.all()) {
    if (!allowed || allowed(id)) kept.push({ id, kind: entry.kind, score: 0, doc: null, updatedAt: entry.updatedAt });
  }
  kept.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return kept.map(({ updatedAt: _, ...hit }) => hit);
}
