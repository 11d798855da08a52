import { useMemo, useState, type MouseEvent } from 'react';
import { CompareChoiceBar } from '../compare/CompareChoiceBar';
import { chooseRange, toggleChosen } from '../compare/compareChoice';
import { formatPublishedShort } from '../logic/dates';
import { SOURCE_SORTS, visibleSources, type SourceSort } from '../logic/sourceList';
import { useNotebook, useWorkspace } from '../state/stores';
import { EmptyState } from './EmptyState';

export function SourceNavigator() {
  const [{ sources }] = useNotebook();
  const [{ sourceSort, sourceFilter, open }, workspace] = useWorkspace();
  const visible = useMemo(() => visibleSources(sources, sourceSort, sourceFilter), [sources, sourceSort, sourceFilter]);
  // Sources ticked to compare, in the order ticked: that is the columns' order.
  const [chosen, setChosen] = useState<string[]>([]);
  const ticked = chosen.filter((id) => sources.some((s) => s.id === id));
  // Ctrl/Cmd-click ticks a source and Shift-click a run of them, as in a file manager; a plain click opens it.
  const onItemClick = (event: MouseEvent, id: string) => {
    if (event.shiftKey) setChosen(chooseRange(ticked, visible.map((s) => s.id), id));
    else if (event.ctrlKey || event.metaKey) setChosen(toggleChosen(ticked, id));
    else return workspace.open({ kind: 'source', id });
    event.preventDefault();
  };

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
              <li key={source.id} className="item-list__choosable" data-testid="source-item" data-source-id={source.id}>
                <input
                  type="checkbox"
                  className="item-list__choice"
                  aria-label={`Compare “${source.title}”`}
                  data-testid="source-choice"
                  checked={ticked.includes(source.id)}
                  onChange={() => setChosen(toggleChosen(ticked, source.id))}
                />
                <button
                  type="button"
                  className="item-list__item"
                  aria-current={current ? 'page' : undefined}
                  onClick={(event) => onItemClick(event, source.id)}
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
      <CompareChoiceBar count={ticked.length} onCompare={() => (workspace.compare(ticked), setChosen([]))} onClear={() => setChosen([])} />
    </>
  );
}
