import { isEmptyQuery, parseQuery, type ParsedQuery, type SearchKind, type SearchRequest, type SearchResults } from '../../../shared/search';
import { describeHit } from './describe';
import { evaluate, matchedTerms, type QueryTerm } from './evaluate';
import { filterOf, type Filter } from './filters';
import type { LiveIndex } from './live-index';
import { fuzzinessFor, prefixFor } from './options';
import { Top } from './top';
import type { Entry } from './registry';
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
  const filter = filterOf(request, live.registry);
  const { ranked, total, expansions } = isEmptyQuery(parsed)
    ? { ...listed(live, filter, request.limit), expansions: [] }
    : matched(live, parsed, filter, request.limit);
  const shown = ranked.map(({ doc, ...hit }) => {
    const terms = doc === null ? [] : matchedTerms(live.words, doc, expansions);
    return describeHit(live.notebook, { ...hit, terms }, parsed);
  });
  return { results: shown, total };
}

function matched(live: LiveIndex, parsed: ParsedQuery, filter: Filter | null, limit: number): { ranked: Ranked[]; total: number; expansions: Expansion[][] } {
  // Every word must be there: free words as prefixes or with a typo, phrase words exactly.
  const query: QueryTerm[] = [
    ...parsed.words.map((term) => ({ term, prefix: prefixFor(term), fuzzy: fuzzinessFor(term) })),
    ...parsed.phrases.flat().map((term) => ({ term, prefix: false, fuzzy: 0 })),
  ];
  // The index knows each phrase's words are there; its word order says whether side by side.
  // (A word the vocabulary lacks has no number; no record holds it, so nothing is tested.)
  const phrases = parsed.phrases.map((phrase) => {
    const termIds = phrase.map((term) => live.words.termId(term) ?? Number.NaN);
    const frequencies = termIds.map((termId) => (Number.isNaN(termId) ? 0 : live.words.frequency(termId)));
    return { termIds, anchor: frequencies.indexOf(Math.min(...frequencies)) };
  });
  const allowed = allowedDocs(live, filter);
  const keep = (doc: number) => allowed(doc) && phrases.every(({ termIds, anchor }) => live.words.holdsPhrase(doc, termIds, anchor));
  const { top, total, expansions } = evaluate(live.words, query, keep, limit);
  const ranked = top.map(({ id, doc, score }) => ({ id, doc, score, kind: live.entryAt(doc)!.kind }));
  return { ranked, total, expansions };
}

/** Which document numbers the filters keep: each hit's entry is read by its number and tested. */
function allowedDocs(live: LiveIndex, filter: Filter | null): (doc: number) => boolean {
  return (doc) => {
    const entry = live.entryAt(doc);
    return entry !== undefined && (!filter || filter.allows(live.words.docs.idOf(doc)!, entry));
  };
}

/** What the filters keep, most recently changed first. */
function listed(live: LiveIndex, filter: Filter | null, limit: number): { ranked: Ranked[]; total: number } {
  const newest = new Top<[string, Entry]>(limit, ([, a], [, b]) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  for (const record of filter?.candidates() ?? live.registry.all()) {
    if (!filter || filter.allows(record[0], record[1])) newest.offer(record);
  }
  return { ranked: newest.result().map(([id, entry]) => ({ id, kind: entry.kind, score: 0, doc: null })), total: newest.total };
}
