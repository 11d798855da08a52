import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ColumnPlace } from './CompareColumn';

type Action = { label: string; disabled: boolean; run: () => void };

/**
 * A column's "⋯" menu: move it left or right, open its source, take it out of the
 * comparison. One small button keeps the byline beside it readable in a narrow column.
 */
export function ColumnMenu({ place, onMove, onRemove, onOpen }: { place: ColumnPlace; onMove: (by: -1 | 1) => void; onRemove: () => void; onOpen: () => void }) {
  const [open, setOpen] = useState(false);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  const toggle = useRef<HTMLButtonElement>(null);
  const actions: Action[] = [
    { label: 'Move column left', disabled: place.index === 0, run: () => onMove(-1) },
    { label: 'Move column right', disabled: place.index === place.count - 1, run: () => onMove(1) },
    { label: 'Open in the reader', disabled: false, run: onOpen },
    // Fewer than two columns is no comparison; the reader is the place for one source.
    { label: place.count <= 2 ? 'Remove column (a comparison needs two)' : 'Remove column', disabled: place.count <= 2, run: onRemove },
  ];

  useEffect(() => {
    if (open) items.current.find((item) => item && !item.disabled)?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  // Up and down move through the enabled items, Escape closes (WAI-ARIA menu button pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const enabled = items.current.filter((item): item is HTMLButtonElement => item !== null && !item.disabled);
    const at = enabled.findIndex((item) => item === document.activeElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) enabled[(at + step + enabled.length) % enabled.length]?.focus();
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="column-menu" onBlur={onBlur}>
      <button ref={toggle} type="button" className="icon-button" aria-label={`Column ${place.index + 1} options`} title="Move, open or remove this column" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        ⋯
      </button>
      {open && (
        <ul className="column-menu__list" role="menu" aria-label={`Column ${place.index + 1}`} onKeyDown={onKeyDown}>
          {actions.map((action, index) => (
            <li key={action.label} role="none">
              <button
                ref={(el) => {
                  items.current[index] = el;
                }}
                type="button"
                role="menuitem"
                className="column-menu__item"
                tabIndex={-1}
                disabled={action.disabled}
                onClick={() => {
                  setOpen(false);
                  action.run();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
