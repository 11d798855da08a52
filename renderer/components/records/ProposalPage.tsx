import type { Proposal, ProposalFields } from '../../../shared/model';
import { DraftBriefButton } from '../../cite/DraftBriefButton';
import { TermsTable } from '../../compare/analysis/TermsTable';
import { TimelineChart } from '../../compare/analysis/TimelineChart';
import { currentStatus, statusLabel } from '../../logic/timeline';
import { useProposals } from '../../state/stores';
import { EntityPicker } from './EntityPicker';
import { ProposalPositions } from './ProposalPositions';
import { ProposalTerms } from './ProposalTerms';
import { ProposalTimeline } from './ProposalTimeline';
import { RelatedProposals } from './RelatedProposals';
import { SavedText } from './SavedText';

/** One proposal followed through the talks: who, what terms, what happened, who stands where. */
export function ProposalPage({ proposal }: { proposal: Proposal }) {
  const [{ message }, store] = useProposals();
  const save = (fields: Partial<ProposalFields>) => void store.save(proposal.id, fields);
  const status = currentStatus(proposal.statusEvents);
  return (
    <article className="record record--proposal" aria-labelledby="record-title" data-testid="proposal-page">
      <p className="record__kind">Proposal{status ? ` · ${statusLabel(status.status)}` : ''}</p>
      <SavedText className="record__title record__title--field" label="Title" testId="record-title" value={proposal.title} onSave={(title) => title.trim() && save({ title: title.trim() })} />
      {message && <p className="record__message" role="status">{message}</p>}
      <DraftBriefButton kind="proposal" id={proposal.id} />
      <SavedText className="field record__summary" label="Summary" multiline placeholder="A sentence or two: what is on offer, from whom" value={proposal.summary} onSave={(summary) => save({ summary })} />
      <div className="proposal-people">
        <EntityPicker label="Proposed by" testId="proposed-by" ids={proposal.proposedBy} onChange={(proposedBy) => save({ proposedBy })} />
        <EntityPicker label="Mediators" testId="mediators" ids={proposal.mediators} onChange={(mediators) => save({ mediators })} />
        <EntityPicker label="Parties" testId="parties" ids={proposal.parties} onChange={(parties) => save({ parties })} />
      </div>
      <ProposalTerms proposal={proposal} />
      <TermsTable proposalId={proposal.id} />
      <ProposalTimeline proposal={proposal} />
      <TimelineChart proposalId={proposal.id} />
      <ProposalPositions proposal={proposal} />
      <RelatedProposals proposal={proposal} />
    </article>
  );
}
