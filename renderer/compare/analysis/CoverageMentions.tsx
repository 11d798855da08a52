import { useEffect } from 'react';
import type { CoverageRow } from '../../../shared/compare/types';
import type { SourceMeta } from '../../../shared/model';
import { useAnalysis, useWorkspace } from '../../state/stores';

type Props = { row: CoverageRow; source: SourceMeta; onOpen?: () => void; onClose: () => void };

/** The passages behind one cell of the matrix; a click opens the source at the passage. */
export function CoverageMentions({ row, source, onOpen, onClose }: Props) {
  const [{ quotes }, store] = useAnalysis();
  const [, workspace] = useWorkspace();
  const ids = row.mentions[source.id] ?? [];
  const key = ids.join(' ');
  useEffect(() => {
    void store.loadQuotes(key ? key.split(' ') : []);
  }, [key, store]);

  const open = (item: Parameters<typeof workspace.open>[0]) => {
    workspace.open(item);
    onOpen?.();
  };
  const count = ids.length === 1 ? '1 mention' : `${ids.length} mentions`;
  return (
    <section className="coverage-mentions" data-testid="coverage-mentions" aria-labelledby="coverage-mentions-title" aria-live="polite">
      <div className="coverage-mentions__head">
        <h3 id="coverage-mentions-title" className="coverage-mentions__title">
          <span dir="auto">{row.name}</span> in <span dir="auto">{source.outlet.trim() || source.title}</span>
          <span className="coverage-mentions__count"> · {ids.length ? count : 'not mentioned'}</span>
          {source.outlet.trim() && <span className="coverage-mentions__source" dir="auto">{source.title}</span>}
        </h3>
        <button type="button" className="link" onClick={() => open({ kind: row.kind, id: row.recordId })}>
          Open {row.kind === 'entity' ? 'entity' : 'proposal'}
        </button>
        <button type="button" className="link" aria-label="Close the list of mentions" onClick={onClose}>
          Close
        </button>
      </div>
      {ids.length === 0 && <p className="analysis__muted">This source does not link any passage to {row.name}.</p>}
      <ul className="coverage-mentions__list">
        {ids.map((id) => {
          const annotation = quotes[id];
          if (annotation === undefined) return <li key={id} className="analysis__muted">Loading quote…</li>;
          if (annotation === null) return <li key={id} className="analysis__muted">This passage’s annotation was deleted.</li>;
          const orphaned = annotation.anchoring === 'orphaned';
          return (
            <li key={id} data-testid="coverage-mention">
              <button
                type="button"
                className="evidence__open"
                disabled={orphaned}
                title={orphaned ? 'This passage is no longer in the source’s text' : 'Show in the source'}
                onClick={() => open({ kind: 'source', id: source.id, at: id })}
              >
                <q className="coverage-mentions__quote" dir="auto">{annotation.target.quote.exact}</q>
                {orphaned && <span className="evidence__source">lost from the text</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
