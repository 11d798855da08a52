import { useState } from 'react';
import type { Entity } from '../../../shared/model';
import { useEntities } from '../../state/stores';
import { RecordTypeahead } from '../RecordTypeahead';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Merge another entity into this one (undoable right after) and delete with its impact said first. */
export function EntityActions({ entity }: { entity: Entity }) {
  const [{ deleting, lastMerge }, store] = useEntities();
  const [merging, setMerging] = useState(false);
  const confirming = deleting?.entityId === entity.id ? deleting.impact : null;

  return (
    <div className="entity-actions">
      <div className="entity-actions__row">
        <button type="button" className="button" aria-expanded={merging} onClick={() => setMerging(!merging)}>
          Merge another entity into this one…
        </button>
        {lastMerge && lastMerge.undo.survivorBefore.id === entity.id && (
          <button type="button" className="button" data-testid="undo-merge" onClick={() => void store.undoMerge()}>
            Undo merge of “{lastMerge.mergedName}”
          </button>
        )}
        <button type="button" className="button button--danger" data-testid="entity-delete" onClick={() => void store.askDelete(entity.id)}>
          Delete…
        </button>
      </div>
      {merging && (
        <div className="entity-actions__merge" data-testid="merge-entity">
          <p className="record__muted">Choose the entity that is really “{entity.name}”. Its mentions, links and aliases move here; its name becomes an alias.</p>
          <RecordTypeahead
            kind="entity"
            label="Entity to merge into this one"
            allowCreate={false}
            exclude={[entity.id]}
            autoFocus
            onSubmitEmpty={() => setMerging(false)}
            onChoose={(option) => {
              if (option.kind !== 'record') return;
              setMerging(false);
              void store.merge(entity.id, option.recordId);
            }}
          />
        </div>
      )}
      {confirming && (
        <div className="entity-actions__confirm" role="alertdialog" aria-labelledby="delete-heading" data-testid="delete-confirm">
          <p id="delete-heading">
            Delete “{entity.name}”? {plural(confirming.annotations, 'annotation', 'annotations')} and {plural(confirming.proposals, 'proposal', 'proposals')} will no longer link to it. The annotations
            and their highlights stay in their sources.
          </p>
          <button type="button" className="button button--danger" data-testid="entity-delete-confirm" onClick={() => void store.confirmDelete()}>
            Delete entity
          </button>{' '}
          <button type="button" className="button" autoFocus onClick={() => store.cancelDelete()}>
            Keep it
          </button>
        </div>
      )}
    </div>
  );
}
