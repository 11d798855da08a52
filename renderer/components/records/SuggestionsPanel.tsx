import { useEffect, useState } from 'react';
import type { EntitySuggestion } from '../../../shared/contract';
import type { EntityKind } from '../../../shared/model';
import { useAnnotate, useNotebook, useReader, useSuggestions } from '../../state/stores';
import { RecordTypeahead } from '../RecordTypeahead';

const KIND: Record<EntitySuggestion['kind'], EntityKind> = { person: 'person', organisation: 'organisation', place: 'place' };

/**
 * Names the language analysis found in the open source, offered as entities to create or
 * to link. Nothing happens without a click: the analysis is often wrong about what is a name.
 */
export function SuggestionsPanel({ sourceId }: { sourceId: string }) {
  const [{ annotations }] = useReader();
  const [{ entities }] = useNotebook();
  const [, annotate] = useAnnotate();
  const [{ suggestions, sourceId: shown }, store] = useSuggestions();
  const [choosing, setChoosing] = useState<string | null>(null);
  // Asked again whenever annotations or entities change: a linked name is no longer a suggestion.
  useEffect(() => {
    void store.load(sourceId);
  }, [sourceId, annotations, entities, store]);
  if (shown !== sourceId || suggestions.length === 0) return null;

  // Linking annotates the first occurrence; "Unlinked mentions" on the entity page finds the rest.
  const link = (s: EntitySuggestion, recordId: string) => void annotate.create({ start: s.start, end: s.end }, { links: [{ kind: 'entity', recordId, role: 'mention' }], comment: '', tags: [] });
  const create = async (s: EntitySuggestion) => {
    const id = await annotate.createRecord('entity', s.text, KIND[s.kind]);
    if (id) link(s, id);
  };

  return (
    <section className="context__section suggestions" data-testid="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" className="context__heading">People, organisations and places</h2>
      <ul className="suggestions__list">
        {suggestions.map((s) => {
          const existing = s.existingId ? entities.find((e) => e.id === s.existingId) : undefined;
          const key = `${s.kind}:${s.text}`;
          return (
            <li key={key} className="suggestions__item" data-testid="suggestion">
              <span dir="auto" className="suggestions__name">{s.text}</span> <span className="record__count">{s.kind} · {s.count}×</span>
              <span className="suggestions__actions">
                {existing ? (
                  <button type="button" className="link" onClick={() => link(s, existing.id)}>Link to {existing.name}</button>
                ) : (
                  <>
                    <button type="button" className="link" onClick={() => void create(s)}>Create entity</button>
                    <button type="button" className="link" aria-expanded={choosing === key} onClick={() => setChoosing(choosing === key ? null : key)}>Link to existing…</button>
                  </>
                )}
              </span>
              {choosing === key && (
                <RecordTypeahead
                  kind="entity"
                  label={`Entity that “${s.text}” refers to`}
                  allowCreate={false}
                  autoFocus
                  onSubmitEmpty={() => setChoosing(null)}
                  onChoose={(o) => {
                    if (o.kind !== 'record') return;
                    setChoosing(null);
                    link(s, o.recordId);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
