import { useState } from 'react';
import { EntityKind } from '../../../shared/model';

/** A name (and for an entity, its kind) to create a record from the navigator. */
export function NewRecordForm({ kind, onCreate }: { kind: 'entity' | 'proposal'; onCreate: (name: string, entityKind: EntityKind) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [entityKind, setEntityKind] = useState<EntityKind>('person');
  const noun = kind === 'entity' ? 'entity' : 'proposal';
  if (!open) {
    return (
      <button type="button" className="button record-tools__new" data-testid={`new-${noun}`} onClick={() => setOpen(true)}>
        New {noun}…
      </button>
    );
  }
  return (
    <form
      className="record-tools__form"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = name.trim();
        if (!trimmed) return;
        void onCreate(trimmed, entityKind).then(() => {
          setName('');
          setOpen(false);
        });
      }}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <input className="field" autoFocus aria-label={kind === 'entity' ? 'New entity name' : 'New proposal title'} placeholder={kind === 'entity' ? 'Name' : 'Title'} value={name} onChange={(e) => setName(e.target.value)} />
      {kind === 'entity' && (
        <select className="field" aria-label="Kind of the new entity" value={entityKind} onChange={(e) => setEntityKind(e.target.value as EntityKind)}>
          {EntityKind.options.map((k) => <option key={k}>{k}</option>)}
        </select>
      )}
      <button type="submit" className="button button--primary">Create</button>
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>Cancel</button>
    </form>
  );
}
