import type { SearchKind, SearchRequest } from '../../shared/search';

/** The search page's form as the researcher left it: empty strings mean "any". */
export type SearchFilters = {
  query: string;
  kinds: readonly SearchKind[];
  outlet: string;
  from: string;
  to: string;
  recordId: string;
  tag: string;
};

export const NO_FILTERS: SearchFilters = { query: '', kinds: [], outlet: '', from: '', to: '', recordId: '', tag: '' };

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  source: { one: 'Source', many: 'Sources' },
  annotation: { one: 'Annotation', many: 'Annotations' },
  entity: { one: 'Entity', many: 'Entities' },
  proposal: { one: 'Proposal', many: 'Proposals' },
  brief: { one: 'Brief', many: 'Briefs' },
};

export const SEARCH_KINDS = Object.keys(KIND_LABELS) as SearchKind[];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The request for a form: blank fields are left out, and ticking no kind (or every kind)
 * asks for all of them, so an untouched form searches everything.
 */
export function requestOf(filters: SearchFilters, limit: number): SearchRequest {
  const request: SearchRequest = { query: filters.query.trim(), limit };
  const kinds = SEARCH_KINDS.filter((k) => filters.kinds.includes(k));
  if (kinds.length > 0 && kinds.length < SEARCH_KINDS.length) request.kind = kinds;
  const outlet = filters.outlet.trim();
  if (outlet) request.outlet = outlet;
  if (DAY.test(filters.from)) request.from = filters.from;
  if (DAY.test(filters.to)) request.to = filters.to;
  if (filters.recordId) request.recordId = filters.recordId;
  const tag = filters.tag.trim().replace(/^#/, '');
  if (tag) request.tag = tag;
  return request;
}

/** What in the form cannot be searched for, in words; null when it can. */
export function filtersProblem(filters: SearchFilters): string | null {
  if (DAY.test(filters.from) && DAY.test(filters.to) && filters.from > filters.to) return 'The “from” date is after the “to” date; swap them to search between them.';
  return null;
}

/** Whether anything narrows the search beyond its words, so the page can offer to clear it. */
export function narrowed(filters: SearchFilters): boolean {
  const request = requestOf(filters, 1);
  return Boolean(request.kind || request.outlet || request.from || request.to || request.recordId || request.tag);
}

/** "23 results", "1 result", "Showing 50 of 230 results". */
export function countLine(shown: number, total: number): string {
  const noun = total === 1 ? 'result' : 'results';
  return shown < total ? `Showing ${shown} of ${total} ${noun}` : `${total} ${noun}`;
}
