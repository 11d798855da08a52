import { useEffect, useState, type KeyboardEvent } from 'react';

/** One line of the palette: a record or source to go to, a command, or a source to tick. */
export type PaletteOption = {
  key: string;
  /** Options of one group are listed under its heading, in the order given. */
  group: string;
  title: string;
  /** The other name that matched ("Also: Reyvald"). */
  via?: string | null;
  details?: string;
  badge?: string;
  /** A key hint at the end of the line, e.g. "Ctrl+O". */
  hint?: string | null;
  /** In a list where several can be chosen: whether this one is. */
  ticked?: boolean;
};

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * Which option the arrow keys are on. It is kept by key, not position, so ticking a
 * source or typing a letter does not move the cursor to another line under it.
 */
export function useActiveOption(options: readonly PaletteOption[]) {
  const [wanted, setWanted] = useState<string | null>(null);
  const index = Math.max(0, options.findIndex((o) => o.key === wanted));
  const active = options[index] ?? null;
  const onArrows = (event: KeyboardEvent): boolean => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step || options.length === 0) return false;
    event.preventDefault();
    setWanted(options[(index + step + options.length) % options.length]!.key);
    return true;
  };
  return { active, index, setActive: setWanted, onArrows };
}

type Props = {
  id: string;
  label: string;
  options: readonly PaletteOption[];
  active: PaletteOption | null;
  multi?: boolean;
  onChoose: (option: PaletteOption) => void;
  onHover: (key: string) => void;
};

/** The palette's listbox (WAI-ARIA combobox pattern): focus stays in the input, the active option is announced. */
export function PaletteList({ id, label, options, active, multi, onChoose, onHover }: Props) {
  const activeIndex = active ? options.indexOf(active) : -1;
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(id, activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  const groups: Array<{ name: string; items: Array<{ option: PaletteOption; index: number }> }> = [];
  options.forEach((option, index) => {
    const last = groups.at(-1);
    if (last?.name === option.group) last.items.push({ option, index });
    else groups.push({ name: option.group, items: [{ option, index }] });
  });

  return (
    <div id={id} role="listbox" aria-label={label} aria-multiselectable={multi || undefined} className="palette__list" data-testid="palette-list">
      {groups.map((group) => (
        // The group is named for screen readers; its visible heading is for the eye only.
        <div key={group.name} role="group" aria-label={group.name} className="palette__group">
          <div className="palette__group-name" aria-hidden="true">
            {group.name}
          </div>
          {group.items.map(({ option, index }) => (
            <div
              key={option.key}
              id={optionId(id, index)}
              role="option"
              aria-selected={multi ? Boolean(option.ticked) : index === activeIndex}
              className={`palette__option${index === activeIndex ? ' palette__option--active' : ''}`}
              data-testid="palette-option"
              // The input keeps focus: a click chooses without taking it away.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== activeIndex && onHover(option.key)}
              onClick={() => onChoose(option)}
            >
              {multi && (
                <span className={`palette__tick${option.ticked ? ' palette__tick--on' : ''}`} aria-hidden="true">
                  {option.ticked ? '✓' : ''}
                </span>
              )}
              {option.badge && <span className={`palette__badge palette__badge--${option.badge.toLowerCase()}`}>{option.badge}</span>}
              <span className="palette__text">
                <span className="palette__name">
                  <span className="palette__title" dir="auto">{option.title}</span>
                  {option.via && <span className="palette__via">also “{option.via}”</span>}
                </span>
                {option.details && <span className="palette__details">{option.details}</span>}
              </span>
              {option.hint && <kbd className="palette__hint">{option.hint}</kbd>}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
