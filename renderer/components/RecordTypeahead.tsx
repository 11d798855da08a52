import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { rankRecords, type TypeaheadOption } from '../logic/recordTypeahead';
import { useNotebook } from '../state/stores';

type Props = {
  kind: 'entity' | 'proposal';
  onChoose: (option: TypeaheadOption) => void;
  /** Enter in an empty box: the form takes it as "done". */
  onSubmitEmpty: () => void;
  autoFocus: boolean;
  /** Records not to offer (the entity being merged into, the parties already chosen). */
  exclude?: readonly string[];
  /** Merging or picking a party chooses among existing records only. */
  allowCreate?: boolean;
  label?: string;
};

/** A combobox over existing entities (names and aliases) or proposals (titles), "Create …" last. */
export function RecordTypeahead({ kind, onChoose, onSubmitEmpty, autoFocus, exclude = [], allowCreate = true, label: givenLabel }: Props) {
  const [{ entities, proposals }] = useNotebook();
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const listId = useId();
  const records = useMemo(
    () => (kind === 'entity' ? entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases })) : proposals.map((p) => ({ id: p.id, name: p.title, aliases: [] }))),
    [kind, entities, proposals],
  );
  const options = rankRecords(records, query).filter((o) => (o.kind === 'create' ? allowCreate : !exclude.includes(o.recordId)));
  const choose = (option: TypeaheadOption | undefined) => {
    if (!option) return;
    onChoose(option);
    setQuery('');
    setHighlighted(0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((h) => (options.length ? (h + step + options.length) % options.length : 0));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (query.trim() === '') onSubmitEmpty();
      else choose(options[Math.min(highlighted, options.length - 1)]);
    }
  };
  const label = givenLabel ?? (kind === 'entity' ? 'Entity name or alias' : 'Proposal title');
  return (
    <div className="typeahead">
      <input
        className="typeahead__input"
        data-testid="record-typeahead"
        role="combobox"
        aria-label={label}
        placeholder={allowCreate ? `Find or create ${kind === 'entity' ? 'an entity' : 'a proposal'}…` : `Find ${kind === 'entity' ? 'an entity' : 'a proposal'}…`}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length ? `${listId}-${highlighted}` : undefined}
        autoFocus={autoFocus}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setHighlighted(0);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' && (
        <ul className="typeahead__options" id={listId} role="listbox" aria-label={label}>
          {options.map((option, i) => (
            <li
              key={option.kind === 'record' ? option.recordId : 'create'}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlighted}
              className={`typeahead__option typeahead__option--${option.kind}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              <span dir="auto">{option.label}</span>
              {option.kind === 'record' && option.matched && <span className="typeahead__alias"> also “{option.matched}”</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
