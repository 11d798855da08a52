import { useEffect } from 'react';
import { useNotebook, useProposals, useWorkspace } from '../../state/stores';

/** The passages behind a fact: each quote with its source; a click opens the source at it. */
export function EvidenceQuotes({ ids }: { ids: readonly string[] }) {
  const [{ evidence }, store] = useProposals();
  const [{ sources }] = useNotebook();
  const [, workspace] = useWorkspace();
  const key = ids.join(' ');
  useEffect(() => {
    void store.loadEvidence(key ? key.split(' ') : []);
  }, [key, store]);
  if (ids.length === 0) return <p className="evidence__none">No evidence yet: select a passage in a source and link it to this proposal.</p>;
  return (
    <ul className="evidence" aria-label="Evidence">
      {ids.map((id) => {
        const annotation = evidence[id];
        if (annotation === undefined) return <li key={id} className="evidence__item record__muted">Loading quote…</li>;
        if (annotation === null) return <li key={id} className="evidence__item record__muted">This passage’s annotation was deleted.</li>;
        const title = sources.find((s) => s.id === annotation.sourceId)?.title ?? 'Deleted source';
        const orphaned = annotation.anchoring === 'orphaned';
        return (
          <li key={id} className="evidence__item" data-testid="evidence">
            <button
              type="button"
              className="evidence__open"
              disabled={orphaned}
              title={orphaned ? 'This passage is no longer in the source’s text' : 'Show in the source'}
              onClick={() => workspace.open({ kind: 'source', id: annotation.sourceId, at: annotation.id })}
            >
              <q className="evidence__quote" dir="auto">{annotation.target.quote.exact}</q>
              <span className="evidence__source" dir="auto">{title}{orphaned ? ' · lost from the text' : ''}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
