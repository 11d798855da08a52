import { useState } from 'react';
import type { TextSpan } from '../../../shared/contract';
import type { Entity } from '../../../shared/model';
import { groupBySource } from '../../logic/mentionGroups';
import { useMentions, useWorkspace } from '../../state/stores';
import { InContext } from './InContext';

const spanKey = (m: TextSpan) => `${m.sourceId}:${m.start}:${m.end}`;

/**
 * The entity's name and aliases where they are not linked yet, and names that look like
 * misspellings of them. Shut by default: it is a to-do list, not part of the record.
 */
export function UnlinkedMentions({ entity }: { entity: Entity }) {
  const [{ status, mentions, sources, message }, store] = useMentions();
  const [, workspace] = useWorkspace();
  const [busy, setBusy] = useState(false);
  const unlinked = mentions?.unlinked ?? [];
  const nearMisses = mentions?.nearMisses ?? [];
  const title = (id: string) => sources[id]?.title ?? 'Untitled source';
  const act = (work: Promise<void>) => {
    setBusy(true);
    void work.finally(() => setBusy(false));
  };

  return (
    <details className="unlinked" data-testid="unlinked-mentions">
      <summary className="unlinked__summary">
        Unlinked mentions <span className="record__count">{status === 'ready' ? unlinked.length : '…'}</span>
        {nearMisses.length > 0 && <span className="record__count"> · {nearMisses.length} possible misspellings</span>}
      </summary>
      {message && <p className="record__message" role="status">{message}</p>}
      {unlinked.length === 0 ? (
        <p className="record__muted">Every occurrence of “{entity.name}”{entity.aliases.length > 0 ? ' and its aliases' : ''} is linked or ignored.</p>
      ) : (
        <>
          <button type="button" className="button button--primary" data-testid="link-all" disabled={busy} onClick={() => act(store.link(unlinked))}>
            Link all {unlinked.length}
          </button>
          {groupBySource(unlinked, title).map((group) => (
            <section key={group.sourceId} className="mentions__source">
              <h3 className="mentions__title" dir="auto">{group.title}</h3>
              <ul className="mentions__list">
                {group.items.map((m) => (
                  <li key={spanKey(m)} className="unlinked__hit" data-testid="unlinked-mention">
                    <button
                      type="button"
                      className="mentions__open"
                      data-testid="unlinked-open"
                      onClick={() => workspace.open({ kind: 'source', id: m.sourceId, span: { start: m.start, end: m.end } })}
                    >
                      <InContext text={sources[m.sourceId]?.text} start={m.start} end={m.end} fallback={m.text} />
                    </button>
                    <span className="unlinked__actions">
                      <button type="button" className="link" disabled={busy} onClick={() => act(store.link([m]))}>Link</button>
                      <button type="button" className="link" disabled={busy} onClick={() => act(store.ignore(m))}>Ignore</button>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <section className="near-misses" data-testid="near-misses" aria-labelledby="near-misses-heading">
        <h3 id="near-misses-heading" className="record__heading">Possible misspellings</h3>
        {nearMisses.length === 0 ? (
          <p className="record__muted">No names in the sources look like misspellings of this one.</p>
        ) : (
          <ul className="mentions__list">
            {nearMisses.map((m) => (
              <li key={spanKey(m)} className="unlinked__hit" data-testid="near-miss">
                <span className="near-misses__what">
                  “{m.text}”: possible misspelling of <strong dir="auto">{m.closestAlias}</strong> <span className="record__muted">in {title(m.sourceId)}</span>
                </span>
                <InContext text={sources[m.sourceId]?.text} start={m.start} end={m.end} fallback={m.text} />
                <span className="unlinked__actions">
                  <button type="button" className="link" disabled={busy} onClick={() => act(store.linkAsAlias(m))}>Link as alias</button>
                  <button type="button" className="link" disabled={busy} onClick={() => act(store.ignoreName(m.text))}>Ignore</button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </details>
  );
}
