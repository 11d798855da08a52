import { useState } from 'react';
import { EntityKind, type Entity, type EntityFields } from '../../../shared/model';
import { useEntities } from '../../state/stores';

/**
 * Kind, name, title, description and aliases, each saved as soon as the researcher leaves
 * the field (UX.md: every edit saves itself). Renaming is editing the name in place.
 */
export function EntityFieldsForm({ entity }: { entity: Entity }) {
  const [, store] = useEntities();
  const [name, setName] = useState(entity.name);
  const [title, setTitle] = useState(entity.title);
  const [description, setDescription] = useState(entity.description);
  const [alias, setAlias] = useState('');
  const save = (fields: Partial<EntityFields>) => void store.save(entity.id, fields);

  const saveName = () => {
    const trimmed = name.trim();
    if (!trimmed) setName(entity.name);
    else if (trimmed !== entity.name) save({ name: trimmed });
  };
  const addAlias = () => {
    const trimmed = alias.trim();
    setAlias('');
    if (trimmed && trimmed !== entity.name && !entity.aliases.includes(trimmed)) save({ aliases: [...entity.aliases, trimmed] });
  };

  return (
    <header className="entity-fields">
      <select className="record__kind-select" aria-label="Kind" value={entity.kind} onChange={(e) => save({ kind: e.target.value as EntityKind })}>
        {EntityKind.options.map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <input
        id="record-title"
        className="record__title record__title--field"
        data-testid="record-title"
        aria-label="Name"
        dir="auto"
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={saveName}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <input className="field entity-fields__title" aria-label="Title or role" placeholder="Title or role, e.g. chief negotiator" value={title} onChange={(e) => setTitle(e.target.value)} onBlur={() => title !== entity.title && save({ title })} />
      <div className="entity-fields__aliases" data-testid="entity-aliases">
        <h2 className="record__heading">Also known as</h2>
        <ul className="chips" aria-label="Aliases">
          {entity.aliases.map((a) => (
            <li key={a} className="chip" dir="auto">
              {a}{' '}
              <button type="button" className="link chip__remove" aria-label={`Remove alias ${a}`} onClick={() => save({ aliases: entity.aliases.filter((x) => x !== a) })}>
                ×
              </button>
            </li>
          ))}
          <li>
            <form
              className="entity-fields__alias-form"
              onSubmit={(e) => {
                e.preventDefault();
                addAlias();
              }}
            >
              <input className="field" aria-label="New alias" placeholder="Add an alias" value={alias} onChange={(e) => setAlias(e.target.value)} />
              <button type="submit" className="button" data-testid="alias-add">Add</button>
            </form>
          </li>
        </ul>
      </div>
      <h2 className="record__heading">Description</h2>
      <textarea className="field entity-fields__description" aria-label="Description" rows={3} placeholder="Who or what this is, in a sentence or two" value={description} onChange={(e) => setDescription(e.target.value)} onBlur={() => description !== entity.description && save({ description })} />
    </header>
  );
}
