import { useMemo } from 'react';
import { useNotebook, useSearch } from '../state/stores';
import { KIND_LABELS, narrowed, SEARCH_KINDS } from './searchRequest';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Kind, outlet, dates, linked record and tag: each change searches again at once. */
export function SearchFilters() {
  const [{ filters }, search] = useSearch();
  const [{ sources, entities, proposals }] = useNotebook();
  const outlets = useMemo(() => {
    const names = new Set(sources.map((s) => s.outlet.trim()).filter(Boolean));
    // A remembered outlet whose sources are gone stays choosable, so the form shows what it searched.
    if (filters.outlet) names.add(filters.outlet);
    return [...names].sort(byName.compare);
  }, [sources, filters.outlet]);
  const sortedEntities = useMemo(() => [...entities].sort((a, b) => byName.compare(a.name, b.name)), [entities]);
  const sortedProposals = useMemo(() => [...proposals].sort((a, b) => byName.compare(a.title, b.title)), [proposals]);

  return (
    <fieldset className="search-filters" data-testid="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="search-filters__kinds" role="group" aria-labelledby="search-kinds-label">
        {/* Nothing ticked means every kind, which "Only" makes plain. */}
        <span id="search-kinds-label" className="search-filters__label">
          Only
        </span>
        {SEARCH_KINDS.map((kind) => (
          <label key={kind} className="search-filters__kind">
            <input
              type="checkbox"
              checked={filters.kinds.includes(kind)}
              onChange={(event) => search.filter({ kinds: event.currentTarget.checked ? [...filters.kinds, kind] : filters.kinds.filter((k) => k !== kind) })}
            />
            {KIND_LABELS[kind].many}
          </label>
        ))}
      </div>
      <div className="search-filters__fields">
        <label className="search-filters__field">
          <span>Outlet</span>
          <select className="field" value={filters.outlet} onChange={(e) => search.filter({ outlet: e.currentTarget.value })}>
            <option value="">Any outlet</option>
            {outlets.map((outlet) => (
              <option key={outlet} value={outlet}>
                {outlet}
              </option>
            ))}
          </select>
        </label>
        <label className="search-filters__field">
          <span>Published from</span>
          <input type="date" className="field" value={filters.from} onChange={(e) => search.filter({ from: e.currentTarget.value })} />
        </label>
        <label className="search-filters__field">
          <span>to</span>
          <input type="date" className="field" value={filters.to} onChange={(e) => search.filter({ to: e.currentTarget.value })} />
        </label>
        <label className="search-filters__field">
          <span>Linked to</span>
          <select className="field" value={filters.recordId} onChange={(e) => search.filter({ recordId: e.currentTarget.value })}>
            <option value="">Any record</option>
            {sortedEntities.length > 0 && (
              <optgroup label="Entities">
                {sortedEntities.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            )}
            {sortedProposals.length > 0 && (
              <optgroup label="Proposals">
                {sortedProposals.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label className="search-filters__field">
          <span>Tag</span>
          <input type="search" className="field search-filters__tag" placeholder="Any tag" value={filters.tag} onChange={(e) => search.filter({ tag: e.currentTarget.value })} />
        </label>
        {narrowed(filters) && (
          <button type="button" className="link search-filters__clear" onClick={() => search.clearFilters()}>
            Clear filters
          </button>
        )}
      </div>
    </fieldset>
  );
}
