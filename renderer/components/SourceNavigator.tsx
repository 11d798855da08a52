import { useMemo } from 'react';
import { formatPublishedShort } from '../logic/dates';
import { SOURCE_SORTS, visibleSources, type SourceSort } from '../logic/sourceList';
import { useNotebook, useWorkspace } from '../state/stores';
import { EmptyState } from './EmptyState';

export function SourceNavigator() {
  const [{ sources }] = useNotebook();
  const [{ sourceSort, sourceFilter, open }, workspace] = useWorkspace();
  const visible = useMemo(() => visibleSources(sources, sourceSort, sourceFilter), [sources, sourceSort, sourceFilter]);

  if (sources.length === 0) {
    return (
      <EmptyState title="Import your first source" testId="sources-empty">
        Choose <strong>Import sources…</strong> above and pick one or more files (.txt, .md, .html, .pdf, .docx), or
        drop them onto the window. Each becomes a source you can read, annotate and cite.
      </EmptyState>
    );
  }

  return (
    <>
      <div className="source-tools">
        <input
          type="search"
          className="field source-tools__filter"
          placeholder="Filter by title, outlet, author"
          aria-label="Filter sources"
          value={sourceFilter}
          onChange={(event) => workspace.filterSources(event.currentTarget.value)}
        />
        <label className="source-tools__sort">
          <span>Sort</span>
          <select
            className="field"
            aria-label="Sort sources"
            value={sourceSort}
            onChange={(event) => workspace.sortSources(event.currentTarget.value as SourceSort)}
          >
            {SOURCE_SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {visible.length === 0 ? (
        <EmptyState title="No source matches this filter">
          <button type="button" className="link" onClick={() => workspace.filterSources('')}>
            Clear the filter
          </button>{' '}
          to see all {sources.length} sources.
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Sources">
          {visible.map((source) => {
            const current = open?.kind === 'source' && open.id === source.id;
            const details = [source.outlet, formatPublishedShort(source.publishedAt)].filter(Boolean).join(' · ');
            return (
              <li key={source.id} data-testid="source-item" data-source-id={source.id}>
                <button
                  type="button"
                  className="item-list__item"
                  aria-current={current ? 'page' : undefined}
                  onClick={() => workspace.open({ kind: 'source', id: source.id })}
                >
                  <span className="item-list__title" dir="auto">
                    {source.title}
                  </span>
                  {details && <span className="item-list__details">{details}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
