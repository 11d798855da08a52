import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { useEffect, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

type Props<T extends MenuOption> = {
  anchor: RefObject<HTMLElement | null>;
  label: string;
  options: T[];
  selectedIndex: number | null;
  choose: (option: T) => void;
  highlight: (index: number) => void;
  render: (option: T) => ReactNode;
  /** Said when nothing matches, so the writer knows why arrows do nothing. */
  empty: string;
  testId: string;
};

/**
 * The list under the caret for "@" and "/cite". Lexical keeps focus in the text and moves
 * the highlighted row with the arrow keys; the ids let screen readers follow that row.
 */
export function TypeaheadMenu<T extends MenuOption>({ anchor, label, options, selectedIndex, choose, highlight, render, empty, testId }: Props<T>) {
  const host = anchor.current;
  useEffect(() => {
    host?.setAttribute('aria-label', label);
  }, [host, label]);
  if (!host) return null;
  return createPortal(
    <div className="brief-typeahead" data-testid={testId}>
      {options.length === 0 ? (
        <p className="brief-typeahead__empty">{empty}</p>
      ) : (
        <ul className="brief-typeahead__list" role="presentation">
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`typeahead-item-${index}`}
              ref={option.setRefElement}
              role="option"
              aria-selected={selectedIndex === index}
              className="brief-typeahead__option"
              // Keep the caret in the editor: the click chooses, it does not move focus.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => highlight(index)}
              onClick={() => choose(option)}
            >
              {render(option)}
            </li>
          ))}
        </ul>
      )}
    </div>,
    host,
  );
}
