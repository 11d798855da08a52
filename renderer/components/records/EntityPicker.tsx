import { useNotebook } from '../../state/stores';
import { RecordTypeahead } from '../RecordTypeahead';

/** A list of entities (proposed by, mediators, parties): chips to remove, a typeahead to add. */
export function EntityPicker({ label, ids, onChange, testId }: { label: string; ids: readonly string[]; onChange: (ids: string[]) => void; testId: string }) {
  const [{ entities }] = useNotebook();
  return (
    <div className="entity-picker" data-testid={testId}>
      <span className="entity-picker__label">{label}</span>
      <ul className="chips" aria-label={label}>
        {ids.map((id) => (
          <li key={id} className="chip chip--entity" dir="auto">
            {entities.find((e) => e.id === id)?.name ?? 'Deleted entity'}{' '}
            <button type="button" className="link chip__remove" aria-label={`Remove from ${label.toLowerCase()}`} onClick={() => onChange(ids.filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <RecordTypeahead
        kind="entity"
        label={`Add to ${label.toLowerCase()}`}
        allowCreate={false}
        exclude={ids}
        autoFocus={false}
        onSubmitEmpty={() => {}}
        onChoose={(option) => option.kind === 'record' && onChange([...ids, option.recordId])}
      />
    </div>
  );
}
