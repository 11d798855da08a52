import { useMemo, useState } from 'react';
import { matchesFilter } from '../../logic/recordGroups';
import { currentStatus, statusLabel } from '../../logic/timeline';
import { useAnnotate, useNotebook, useWorkspace } from '../../state/stores';
import { EmptyState } from '../EmptyState';
import { NewRecordForm } from './NewRecordForm';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Proposals by title, each with where it stands now (its latest status event). */
export function ProposalNavigator() {
  const [{ proposals }] = useNotebook();
  const [{ open }, workspace] = useWorkspace();
  const [, annotate] = useAnnotate();
  const [filter, setFilter] = useState('');
  const rows = useMemo(
    () =>
      proposals
        .map((p) => ({ proposal: p, status: currentStatus(p.statusEvents)?.status ?? null }))
        .filter(({ proposal, status }) => matchesFilter([proposal.title, status ?? ''], filter))
        .sort((a, b) => byTitle.compare(a.proposal.title, b.proposal.title)),
    [proposals, filter],
  );
  const create = async (title: string) => {
    const id = await annotate.createRecord('proposal', title, 'other');
    if (id) workspace.open({ kind: 'proposal', id });
  };

  return (
    <>
      <div className="source-tools">
        <NewRecordForm kind="proposal" onCreate={create} />
        {proposals.length > 0 && <input type="search" className="field" placeholder="Filter by title or status" aria-label="Filter proposals" value={filter} onChange={(e) => setFilter(e.target.value)} />}
      </div>
      {proposals.length === 0 ? (
        <EmptyState title="No proposals yet" testId="proposals-empty">
          A proposal follows one offer through the talks: who made it, its terms and its status. Create one above, or select a passage that describes one and link it.
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title="No proposal matches this filter" />
      ) : (
        <ul className="item-list" aria-label="Proposals">
          {rows.map(({ proposal, status }) => (
            <li key={proposal.id} data-testid="proposal-item">
              <button type="button" className="item-list__item" aria-current={open?.kind === 'proposal' && open.id === proposal.id ? 'page' : undefined} onClick={() => workspace.open({ kind: 'proposal', id: proposal.id })}>
                <span className="item-list__title" dir="auto">{proposal.title}</span>
                <span className={`item-list__details status status--${status ?? 'none'}`}>{status ? statusLabel(status) : 'no status yet'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
