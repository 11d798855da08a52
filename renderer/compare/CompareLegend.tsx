import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useCompare } from '../state/stores';
import { describeLegendRow, legendRows } from './legend';

/**
 * The records these sources mention, with their mentions per column (numbered as the
 * columns are). Choosing one lights its mentions in every column; Escape or choosing it
 * again puts the columns back.
 */
export function CompareLegend({ sourceIds }: { sourceIds: string[] }) {
  const [{ comparison, columns, active }, store] = useCompare();
  const rows = useMemo(() => legendRows(comparison?.coverage ?? [], sourceIds), [comparison, sourceIds]);
  const titles = sourceIds.map((id) => columns.get(id)?.source.title ?? 'a source');
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  if (!comparison) return null;

  // Up and down walk the list, as in the navigator's lists.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    buttons.current[(index + step + rows.length) % rows.length]?.focus();
  };

  return (
    <section className="context__section compare-legend" aria-labelledby="compare-legend-heading" data-testid="compare-legend">
      <h2 id="compare-legend-heading" className="context__heading">
        Records in these sources
      </h2>
      {rows.length === 0 ? (
        <p className="compare-legend__hint">None of these sources has a highlight linked to an entity or a proposal yet.</p>
      ) : (
        <>
          <p className="compare-legend__hint">Choose a record to light up its mentions in every column. Esc clears.</p>
          <div className="compare-legend__columns" aria-hidden="true">
            {sourceIds.map((id, i) => (
              <span key={id} title={titles[i]}>
                {i + 1}
              </span>
            ))}
          </div>
          <ul className="compare-legend__list">
            {rows.map((row, index) => {
              const pressed = active?.recordId === row.recordId;
              return (
                <li key={row.recordId}>
                  <button
                    ref={(el) => {
                      buttons.current[index] = el;
                    }}
                    type="button"
                    className={`compare-legend__record compare-legend__record--${row.kind}`}
                    aria-pressed={pressed}
                    aria-label={describeLegendRow(row, titles)}
                    data-testid="legend-record"
                    data-record-id={row.recordId}
                    onClick={() => store.select(pressed ? null : row.recordId)}
                    onKeyDown={(event) => onKeyDown(event, index)}
                  >
                    <span className="compare-legend__name" dir="auto">
                      {row.name}
                    </span>
                    <span className="compare-legend__counts">
                      {row.counts.map((n, i) => (
                        <span key={sourceIds[i]} className={n === 0 ? 'compare-legend__count compare-legend__count--none' : 'compare-legend__count'}>
                          {n === 0 ? '–' : n}
                        </span>
                      ))}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {active && (
            <button type="button" className="link compare-legend__clear" onClick={() => store.select(null)}>
              Show all highlights
            </button>
          )}
        </>
      )}
    </section>
  );
}
