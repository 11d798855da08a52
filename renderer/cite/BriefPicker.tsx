import { useEffect, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { useCite, useNotebook } from '../state/stores';
import { briefChoices } from './briefChoices';
import { NewBriefTitle } from './NewBriefTitle';

/**
 * "Cite in brief": the briefs, most recently edited first, then "New brief…". Arrow keys
 * move, Enter chooses, Escape closes; the brief cited into last is where the cursor starts.
 */
export function BriefPicker({ className = '', style }: { className?: string; style?: CSSProperties }) {
  const [{ lastBriefId, busy, error }, cite] = useCite();
  const [{ briefs }] = useNotebook();
  // Taken once: the list must not reorder under the cursor while a citation is saved.
  const [choices] = useState(() => briefChoices(briefs, lastBriefId));
  const [cursor, setCursor] = useState(choices.selected);
  const [naming, setNaming] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const count = choices.briefs.length + 1;
  const isNew = (index: number) => index === choices.briefs.length;

  useEffect(() => {
    if (!naming) list.current?.focus();
  }, [naming]);

  const choose = (index: number) => {
    const brief = choices.briefs[index];
    if (brief) void cite.cite({ briefId: brief.id });
    else setNaming(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: cursor + 1, ArrowUp: cursor - 1, Home: 0, End: count - 1 };
    const next = moves[event.key];
    if (next !== undefined) setCursor((next + count) % count);
    else if (event.key === 'Enter') choose(cursor);
    else if (event.key === 'Escape') cite.cancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  // Focus leaving the picker (a click elsewhere, Tab away) closes it, as menus do.
  const onBlur = (event: FocusEvent) => {
    if (!busy && !event.currentTarget.contains(event.relatedTarget as Node | null)) cite.cancel();
  };

  return (
    <div className={`brief-picker ${className}`} style={style} role="dialog" aria-label="Cite in brief" data-testid="brief-picker" onBlur={onBlur}>
      <p className="brief-picker__heading">Cite in brief</p>
      {naming ? (
        <NewBriefTitle label="Title of the new brief" busy={busy} onSubmit={(title) => void cite.cite({ newTitle: title })} onCancel={() => setNaming(false)} />
      ) : (
        <ul
          ref={list}
          className="brief-picker__list"
          role="listbox"
          tabIndex={0}
          aria-label="Briefs"
          aria-activedescendant={`brief-choice-${cursor}`}
          aria-busy={busy}
          onKeyDown={onKeyDown}
        >
          {choices.briefs.map((brief, index) => (
            <li key={brief.id} id={`brief-choice-${index}`} role="option" aria-selected={cursor === index} className="brief-picker__option" onMouseEnter={() => setCursor(index)} onClick={() => choose(index)}>
              <span dir="auto">{brief.title}</span>
              {brief.id === lastBriefId && <span className="brief-picker__hint">last used</span>}
            </li>
          ))}
          <li id={`brief-choice-${count - 1}`} role="option" aria-selected={isNew(cursor)} className="brief-picker__option brief-picker__option--new" onMouseEnter={() => setCursor(count - 1)} onClick={() => choose(count - 1)}>
            New brief…
          </li>
        </ul>
      )}
      {busy && <p className="brief-picker__status" role="status">Citing…</p>}
      {error && <p className="brief-picker__error" role="alert">{error}</p>}
    </div>
  );
}
