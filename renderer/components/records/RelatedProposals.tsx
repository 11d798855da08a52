import { useState } from 'react';
import type { Proposal, ProposalRelation } from '../../../shared/model';
import { useNotebook, useProposals, useWorkspace } from '../../state/stores';
import { RecordTypeahead } from '../RecordTypeahead';

const RELATION_LABEL: Record<ProposalRelation['relation'], string> = { supersedes: 'Supersedes', 'variant-of': 'Variant of' };

/** Earlier versions this proposal replaces and variants floated alongside it. */
export function RelatedProposals({ proposal }: { proposal: Proposal }) {
  const [{ proposals }] = useNotebook();
  const [, store] = useProposals();
  const [, workspace] = useWorkspace();
  const [relation, setRelation] = useState<ProposalRelation['relation']>('supersedes');
  const save = (related: ProposalRelation[]) => void store.save(proposal.id, { related });
  return (
    <section className="facts-section" aria-labelledby="related-heading">
      <h2 id="related-heading" className="record__heading">Related proposals</h2>
      <ul className="related">
        {proposal.related.map((r) => (
          <li key={`${r.relation}:${r.proposalId}`}>
            {RELATION_LABEL[r.relation]}{' '}
            <button type="button" className="link" onClick={() => workspace.open({ kind: 'proposal', id: r.proposalId })}>
              {proposals.find((p) => p.id === r.proposalId)?.title ?? 'Deleted proposal'}
            </button>{' '}
            <button type="button" className="link chip__remove" aria-label="Remove this relation" onClick={() => save(proposal.related.filter((x) => x !== r))}>×</button>
          </li>
        ))}
      </ul>
      <div className="related__add">
        <select className="field" aria-label="Relation" value={relation} onChange={(e) => setRelation(e.target.value as ProposalRelation['relation'])}>
          <option value="supersedes">Supersedes</option>
          <option value="variant-of">Variant of</option>
        </select>
        <RecordTypeahead
          kind="proposal"
          label="Related proposal"
          allowCreate={false}
          exclude={[proposal.id, ...proposal.related.filter((r) => r.relation === relation).map((r) => r.proposalId)]}
          autoFocus={false}
          onSubmitEmpty={() => {}}
          onChoose={(o) => o.kind === 'record' && save([...proposal.related, { relation, proposalId: o.recordId }])}
        />
      </div>
    </section>
  );
}
