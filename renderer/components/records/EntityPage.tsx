import { useEffect } from 'react';
import type { Entity } from '../../../shared/model';
import { DraftBriefButton } from '../../cite/DraftBriefButton';
import { useEntities, useMentions } from '../../state/stores';
import { EntityActions } from './EntityActions';
import { EntityFieldsForm } from './EntityFieldsForm';
import { EntityMentions } from './EntityMentions';
import { EntityNotes } from './EntityNotes';
import { UnlinkedMentions } from './UnlinkedMentions';

/** Everything known of one person, organisation or place, and where the sources mention it. */
export function EntityPage({ entity }: { entity: Entity }) {
  const [{ message }, store] = useEntities();
  const [, mentions] = useMentions();
  useEffect(() => {
    store.reset();
    void mentions.open(entity.id);
  }, [entity.id, store, mentions]);

  return (
    <article className="record record--entity" aria-labelledby="record-title" data-testid="entity-page">
      <EntityFieldsForm key={entity.id} entity={entity} />
      {message && (
        <p className="record__message" role="status">
          {message}
        </p>
      )}
      <EntityActions entity={entity} />
      <DraftBriefButton kind="entity" id={entity.id} />
      <EntityNotes key={entity.id} entity={entity} />
      <EntityMentions />
      <UnlinkedMentions entity={entity} />
    </article>
  );
}
