import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { formatPublishedShort } from '../logic/dates';
import { filterSources } from '../logic/sourceList';
import { useNotebook, useWorkspace } from '../state/stores';
import { choiceProblem, MOST_COMPARED, toggleChosen } from './compareChoice';

/** The panel's width in CSS pixels (24rem), to decide which way it opens. */
const PANEL_WIDTH = 384;

/**
 * "Compare with…" in the reader: the open source plus one to three others, found by
 * typing part of a title or outlet, open side by side.
 */
export function CompareWithPicker({ sourceId }: { sourceId: string }) {
  const [{ sources }] = useNotebook();
  const [, workspace] = useWorkspace();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [side, setSide] = useState<'start' | 'end'>('start');
  const field = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const others = useMemo(() => filterSources(sources.filter((s) => s.id !== sourceId), filter), [sources, sourceId, filter]);

  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  // The panel opens towards the side with room for it, so the centre pane never cuts it off.
  const show = () => {
    const button = toggle.current?.getBoundingClientRect();
    const pane = toggle.current?.closest('main')?.getBoundingClientRect();
    setSide(button && pane && pane.right - button.left < PANEL_WIDTH ? 'end' : 'start');
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setFilter('');
    setPicked([]);
  };
  const count = picked.length + 1;
  // One more than four is refused here, with the reason, rather than after the click.
  const problem = picked.length === 0 ? 'Tick one to three other sources.' : choiceProblem(count);
  const compare = () => {
    if (problem) return;
    workspace.compare([sourceId, ...picked]);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
    toggle.current?.focus();
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
  };

  return (
    <div className="compare-with" onBlur={onBlur} onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" className="button button--quiet" data-testid="compare-with" aria-expanded={open} onClick={() => (open ? close() : show())}>
        Compare with…
      </button>
      {open && (
        <div className={`compare-with__panel compare-with__panel--${side}`} role="dialog" aria-label="Compare with other sources" data-testid="compare-with-picker">
          <input
            ref={field}
            type="search"
            className="field compare-with__filter"
            placeholder="Filter by title, outlet, author"
            aria-label="Filter the other sources"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), compare())}
          />
          <ul className="compare-with__list" aria-label="Other sources">
            {others.length === 0 && <li className="compare-with__none">{sources.length > 1 ? 'No other source matches.' : 'Import another source to compare with.'}</li>}
            {others.map((s) => (
              <li key={s.id}>
                <label className="compare-with__option">
                  <input type="checkbox" checked={picked.includes(s.id)} onChange={() => setPicked(toggleChosen(picked, s.id))} />
                  <span className="compare-with__title" dir="auto">{s.title}</span>
                  <span className="compare-with__details">{[s.outlet, formatPublishedShort(s.publishedAt)].filter(Boolean).join(' · ')}</span>
                </label>
              </li>
            ))}
          </ul>
          <p className="compare-with__note" role="status">
            {problem ?? `${count} of up to ${MOST_COMPARED} sources side by side.`}
          </p>
          <button type="button" className="button button--primary" data-testid="compare-with-open" disabled={problem !== null} onClick={compare}>
            Compare ({count})
          </button>
        </div>
      )}
    </div>
  );
}
