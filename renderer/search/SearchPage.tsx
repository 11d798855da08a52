import { useEffect, useRef } from 'react';
import { useSearch } from '../state/stores';
import { SearchFilters } from './SearchFilters';
import { QUERY_ID, SearchResults } from './SearchResults';

/** The full search: words, filters, and results that open at the place they matched. */
export function SearchPage() {
  const [{ filters, focusQuery, status }, search] = useSearch();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusQuery]);
  // Coming back to the page: the notebook may have changed since these results were found.
  useEffect(() => {
    if (search.getSnapshot().status !== 'searching') void search.run();
  }, [search]);

  return (
    <section className="search-page" aria-labelledby="search-title" data-testid="search-page" data-status={status}>
      <h1 id="search-title" className="search-page__title">
        Search
      </h1>
      <form
        role="search"
        className="search-page__form"
        onSubmit={(event) => {
          event.preventDefault();
          void search.run();
        }}
      >
        <input
          ref={input}
          id={QUERY_ID}
          type="search"
          className="field search-page__query"
          aria-label="Search words"
          placeholder="Words, or “a phrase in quotes”"
          data-testid="search-query"
          spellCheck={false}
          value={filters.query}
          onChange={(event) => search.typeQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown') return;
            const first = document.querySelector<HTMLButtonElement>('.search-result');
            if (!first) return;
            event.preventDefault();
            first.focus();
          }}
        />
        <button type="submit" className="button button--primary">
          Search
        </button>
      </form>
      <SearchFilters />
      <SearchResults />
    </section>
  );
}
