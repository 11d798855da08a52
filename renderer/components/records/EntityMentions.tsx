import { groupBySource } from '../../logic/mentionGroups';
import { useMentions, useWorkspace } from '../../state/stores';
import { EmptyState } from '../EmptyState';
import { InContext } from './InContext';

/** Every linked mention, grouped by source with a count each; a click opens the source at it. */
export function EntityMentions() {
  const [{ status, mentions, sources }] = useMentions();
  const [, workspace] = useWorkspace();
  const linked = mentions?.linked ?? [];
  const groups = groupBySource(linked, (id) => sources[id]?.title ?? 'Untitled source');
  return (
    <section className="mentions" data-testid="entity-mentions" aria-labelledby="mentions-heading">
      <h2 id="mentions-heading" className="record__heading">
        Mentions {linked.length > 0 && <span className="record__count">{linked.length} in {groups.length === 1 ? '1 source' : `${groups.length} sources`}</span>}
      </h2>
      {status === 'loading' && <p className="record__muted" role="status">Finding mentions…</p>}
      {status === 'ready' && linked.length === 0 && (
        <EmptyState title="No linked mentions yet">Link a passage in a source to this entity, or link the unlinked mentions below.</EmptyState>
      )}
      {groups.map((group) => (
        <section key={group.sourceId} className="mentions__source" data-testid="mention-source">
          <h3 className="mentions__title" dir="auto">
            {group.title} <span className="record__count">{group.items.length}</span>
          </h3>
          <ul className="mentions__list">
            {group.items.map((m) => (
              <li key={m.annotationId}>
                <button type="button" className="mentions__open" data-testid="mention" onClick={() => workspace.open({ kind: 'source', id: m.sourceId, at: m.annotationId })}>
                  <InContext text={sources[m.sourceId]?.text} start={m.start} end={m.end} fallback={m.quote} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
