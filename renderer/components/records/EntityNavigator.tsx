import { useEffect, useMemo, useState } from 'react';
import { groupEntitiesByKind } from '../../logic/recordGroups';
import { useAnnotate, useMentionCounts, useNotebook, useWorkspace } from '../../state/stores';
import { EmptyState } from '../EmptyState';
import { NewRecordForm } from './NewRecordForm';

const KIND_HEADING: Record<string, string> = { person: 'People', organisation: 'Organisations', place: 'Places', country: 'Countries', group: 'Groups', other: 'Other' };

/** Entities grouped by kind, each with how many passages are linked to it. */
export function EntityNavigator() {
  const [{ entities, sources }] = useNotebook();
  const [{ open }, workspace] = useWorkspace();
  const [{ counts }, mentionCounts] = useMentionCounts();
  const [, annotate] = useAnnotate();
  const [filter, setFilter] = useState('');
  useEffect(() => {
    void mentionCounts.refresh();
  }, [entities, sources, mentionCounts]);
  const groups = useMemo(() => groupEntitiesByKind(entities, counts, filter), [entities, counts, filter]);
  const create = async (name: string, kind: Parameters<typeof annotate.createRecord>[2]) => {
    const id = await annotate.createRecord('entity', name, kind);
    if (id) workspace.open({ kind: 'entity', id });
  };

  return (
    <>
      <div className="source-tools">
        <NewRecordForm kind="entity" onCreate={create} />
        {entities.length > 0 && <input type="search" className="field" placeholder="Filter by name or alias" aria-label="Filter entities" value={filter} onChange={(e) => setFilter(e.target.value)} />}
      </div>
      {entities.length === 0 ? (
        <EmptyState title="No entities yet" testId="entities-empty">
          Entities are the people, organisations and places your sources mention. Create one above, or select a name in a source and link it.
        </EmptyState>
      ) : groups.length === 0 ? (
        <EmptyState title="No entity matches this filter" />
      ) : (
        groups.map((group) => (
          <section key={group.kind} className="navigator__group" aria-label={KIND_HEADING[group.kind]}>
            <h3 className="navigator__group-heading">{KIND_HEADING[group.kind]}</h3>
            <ul className="item-list" aria-label={KIND_HEADING[group.kind]}>
              {group.entities.map(({ entity, mentions }) => (
                <li key={entity.id} data-testid="entity-item">
                  <button type="button" className="item-list__item item-list__item--counted" aria-current={open?.kind === 'entity' && open.id === entity.id ? 'page' : undefined} onClick={() => workspace.open({ kind: 'entity', id: entity.id })}>
                    <span className="item-list__title" dir="auto">{entity.name}</span>
                    <span className="item-list__count" title="Linked mentions" data-testid="entity-mention-count">{mentions}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
