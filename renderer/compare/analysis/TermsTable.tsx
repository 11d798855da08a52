import { useEffect } from 'react';
import type { TermRow } from '../../../shared/compare/types';
import { useAnalysis, useNotebook, useWorkspace } from '../../state/stores';
import { describeCell, termColumns, type TermColumn } from './termsTable';

/** A proposal's terms as each source words them, oldest source first, disagreements flagged. */
export function TermsTable({ proposalId }: { proposalId: string }) {
  const [{ terms }, store] = useAnalysis();
  const [notebook] = useNotebook();
  // A new term, a new piece of evidence or a source's date changes the table.
  const rev = notebook.proposals.find((p) => p.id === proposalId)?.rev;
  useEffect(() => {
    void store.loadTerms(proposalId);
  }, [proposalId, rev, notebook.sources, store]);

  const loaded = terms[proposalId];
  return (
    <section className="facts-section analysis-section" data-testid="terms-table" aria-labelledby="terms-across-heading">
      <h2 id="terms-across-heading" className="record__heading">Terms across sources</h2>
      {!loaded || loaded.status === 'loading' ? (
        <p className="analysis__muted">Reading each source’s wording…</p>
      ) : loaded.status === 'failed' ? (
        <p className="analysis__error" role="alert">{loaded.message}</p>
      ) : loaded.value.rows.length === 0 ? (
        <p className="analysis__muted">No terms yet. Add one above, or link a passage to this proposal with the role “term”.</p>
      ) : loaded.value.sources.length === 0 ? (
        <p className="analysis__muted">No source reports these terms yet. Link passages to a term as its evidence to compare their wording.</p>
      ) : (
        <Table rows={loaded.value.rows} columns={termColumns(loaded.value.sources)} />
      )}
    </section>
  );
}

function Table({ rows, columns }: { rows: TermRow[]; columns: TermColumn[] }) {
  const [, workspace] = useWorkspace();
  return (
    <div className="terms-table__scroll">
      <table className="terms-table">
        <thead>
          <tr>
            <th scope="col" className="terms-table__corner">Term</th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className="terms-table__source" data-testid="terms-source">
                <span className="terms-table__title" dir="auto" title={column.title}>{column.title}</span>
                <span className="terms-table__meta" dir="auto">{[column.outlet, column.date].filter(Boolean).join(' · ')}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.termId} className={row.disagreement ? 'terms-table__row terms-table__row--differs' : 'terms-table__row'} data-testid="terms-row">
              <th scope="row" className="terms-table__term">
                <span className="terms-table__label" dir="auto">{row.label}</span>
                {row.value && <span className="terms-table__value" dir="auto">Proposal: {row.value}</span>}
                {row.disagreement && (
                  <span className="terms-table__disagreement" data-testid="terms-disagreement">
                    <span aria-hidden="true">≠ </span>Sources differ: {row.disagreement}
                  </span>
                )}
              </th>
              {columns.map((column) => {
                const wordings = row.cells[column.id] ?? [];
                const differs = wordings.some((w) => w.differs);
                return (
                  <td key={column.id} className={differs ? 'terms-table__cell terms-table__cell--differs' : 'terms-table__cell'} data-testid="terms-cell" data-differs={differs || undefined}>
                    <span className="visually-hidden">{describeCell(wordings)}. </span>
                    {wordings.length === 0 && <span className="terms-table__missing" aria-hidden="true">not reported</span>}
                    {wordings.map((wording) => (
                      <button key={wording.annotationId} type="button" className="terms-table__wording" title="Show in the source" onClick={() => workspace.open({ kind: 'source', id: column.id, at: wording.annotationId })}>
                        {wording.differs && <span className="terms-table__flag" aria-hidden="true" title="Differs from another source">≠</span>}
                        <q dir="auto">{wording.quote}</q>
                        {wording.figures.length > 0 && <span className="terms-table__figures">{wording.figures.join(', ')}</span>}
                      </button>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
