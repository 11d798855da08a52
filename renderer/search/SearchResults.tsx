import type { KeyboardEvent } from 'react';
import type { SearchResult } from '../../shared/search';
import { formatPublishedShort } from '../logic/dates';
import { MOST_RESULTS } from '../state/SearchStore';
import { useNotebook, useSearch, useWorkspace } from '../state/stores';
import { EmptyState } from '../components/EmptyState';
import { placeOf } from './resultPlace';
import { countLine, KIND_LABELS, narrowed } from './searchRequest';
import { Snippet } from './Snippet';

export const QUERY_ID = 'search-query';

/** The results, best first; arrows move between them and Enter opens one at its exact place. */
export function SearchResults() {
  const [{ results, total, status, error, filters, limit }, search] = useSearch();
  const [{ sources }] = useNotebook();
  const [, workspace] = useWorkspace();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const where = (result: SearchResult) => {
    const source = result.sourceId ? byId.get(result.sourceId) : undefined;
    return source ? [source.outlet, formatPublishedShort(source.publishedAt)].filter(Boolean).join(' · ') : '';
  };

  // Roving focus over the result buttons; up from the first goes back to the query.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.search-result')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at + step;
    if (next < 0) document.getElementById(QUERY_ID)?.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  };

  if (status === 'failed') {
    return (
      <p className="form-error search-page__problem" role="alert">
        {error}
      </p>
    );
  }
  const words = filters.query.trim();
  if (status === 'ready' && total === 0) {
    return (
      <EmptyState title={words ? `Nothing matches “${words}”` : 'Nothing matches these filters'} testId="search-empty">
        {narrowed(filters) ? 'Try fewer filters, or clear them. ' : ''}Words find their beginnings and near spellings; put a phrase in quotes to find it exactly.
      </EmptyState>
    );
  }
  return (
    <div className="search-results" aria-busy={status === 'searching'}>
      <p className="search-results__count" role="status" data-testid="search-count">
        {status === 'idle' ? '' : `${countLine(results.length, total)}${words ? '' : ', most recently changed first'}`}
      </p>
      <ul className="search-results__list" aria-label="Results" onKeyDown={onKeyDown}>
        {results.map((result) => (
          <li key={`${result.kind}:${result.id}`}>
            <button type="button" className="search-result" data-testid="search-result" data-kind={result.kind} onClick={() => workspace.open(placeOf(result))}>
              <span className="search-result__head">
                <span className={`search-result__kind search-result__kind--${result.kind}`}>{KIND_LABELS[result.kind].one}</span>
                <span className="search-result__title" dir="auto">
                  {result.title}
                </span>
              </span>
              {where(result) && <span className="search-result__where">{where(result)}</span>}
              {result.snippet && <Snippet text={result.snippet} highlights={result.highlights} />}
            </button>
          </li>
        ))}
      </ul>
      {results.length < total && limit < MOST_RESULTS && (
        <button type="button" className="button search-results__more" onClick={() => search.showMore()}>
          Show more results
        </button>
      )}
    </div>
  );
}
