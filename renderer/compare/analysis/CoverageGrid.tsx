import { useRef, useState, type KeyboardEvent } from 'react';
import type { CoverageRow } from '../../../shared/compare/types';
import { isSingleSource, largestCount, shadeOf } from './coverageMatrix';

export type CoverageColumn = { id: string; label: string; date: string; tooltip: string };
type Cell = { recordId: string; sourceId: string };
type Props = { rows: CoverageRow[]; columns: CoverageColumn[]; chosen: Cell | null; onChoose: (cell: Cell) => void };

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The matrix itself. One cell at a time takes Tab; arrow keys, Home and End move between
 * cells as in a spreadsheet, so a large matrix is not a hundred Tab presses to get past.
 */
export function CoverageGrid({ rows, columns, chosen, onChoose }: Props) {
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [activeRow, activeCol] = [Math.min(active[0], rows.length - 1), Math.min(active[1], columns.length - 1)];
  const largest = largestCount(rows, columns.map((c) => c.id));
  const ids = columns.map((c) => c.id);

  const moveTo = (row: number, col: number) => {
    const r = Math.max(0, Math.min(rows.length - 1, row));
    const c = Math.max(0, Math.min(columns.length - 1, col));
    setActive([r, c]);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, row: number, col: number) => {
    const move = MOVES[event.key];
    if (move) moveTo(row + move[0], col + move[1]);
    else if (event.key === 'Home') moveTo(event.ctrlKey ? 0 : row, 0);
    else if (event.key === 'End') moveTo(event.ctrlKey ? rows.length - 1 : row, columns.length - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div className="coverage__scroll">
      <table ref={table} className="coverage__table">
        <thead>
          <tr>
            <th scope="col" className="coverage__corner">Record</th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className="coverage__source" title={column.tooltip} data-testid="coverage-source">
                <span className="coverage__source-label" dir="auto">{column.label}</span>
                {column.date && <span className="coverage__source-date">{column.date}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const single = isSingleSource(row, ids);
            return (
              <tr key={row.recordId} className={single ? 'coverage__row coverage__row--single' : 'coverage__row'} data-testid="coverage-row">
                <th scope="row" className="coverage__record">
                  <span className={`coverage__kind coverage__kind--${row.kind}`} aria-hidden="true" />
                  <span className="coverage__name" dir="auto">{row.name}</span>
                  <span className="visually-hidden">, {row.kind}</span>
                  {single && <span className="coverage__only">only 1 source</span>}
                </th>
                {columns.map((column, c) => {
                  const count = row.counts[column.id] ?? 0;
                  const isChosen = chosen?.recordId === row.recordId && chosen.sourceId === column.id;
                  return (
                    <td key={column.id} className={`coverage__cell coverage__cell--${shadeOf(count, largest)}`}>
                      <button
                        type="button"
                        className="coverage__count"
                        data-cell={`${r}:${c}`}
                        data-testid="coverage-cell"
                        tabIndex={r === activeRow && c === activeCol ? 0 : -1}
                        aria-pressed={isChosen}
                        aria-label={`${row.name} in ${column.label}: ${count ? plural(count, 'mention', 'mentions') : 'not mentioned'}`}
                        onFocus={() => setActive([r, c])}
                        onKeyDown={(event) => onKeyDown(event, r, c)}
                        onClick={() => onChoose({ recordId: row.recordId, sourceId: column.id })}
                      >
                        {count || ''}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
