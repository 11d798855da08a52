import { newRecordId, ProposalStatus, type Proposal, type StatusEvent } from '../../../shared/model';
import { orderTimeline, statusLabel } from '../../logic/timeline';
import { useProposals } from '../../state/stores';
import { EntitySelect } from './EntitySelect';
import { EvidenceQuotes } from './EvidenceQuotes';
import { SavedText } from './SavedText';

/** What happened to the proposal, in date order; undated steps wait at the end for a date. */
export function ProposalTimeline({ proposal }: { proposal: Proposal }) {
  const [, store] = useProposals();
  const saveEvents = (statusEvents: StatusEvent[]) => void store.save(proposal.id, { statusEvents });
  const change = (id: string, patch: Partial<StatusEvent>) => saveEvents(proposal.statusEvents.map((e) => (e.id === id ? { ...e, ...patch } : e)));
  const people = [...proposal.parties, ...proposal.mediators, ...proposal.proposedBy];
  return (
    <section className="facts-section" data-testid="proposal-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="record__heading">Status timeline</h2>
      {proposal.statusEvents.length === 0 && <p className="record__muted">No status yet. Select a passage that reports a step (floated, accepted, rejected…) and link it with the role “status”.</p>}
      <ol className="timeline">
        {orderTimeline(proposal.statusEvents).map((event) => (
          <li key={event.id} className={`timeline__event timeline__event--${event.status}`} data-testid="status-event">
            <div className="fact-card__head">
              <input className="field" type="date" aria-label="Date" value={event.date ?? ''} onChange={(e) => change(event.id, { date: e.target.value || null })} />
              <select className="field" aria-label="Status" value={event.status} onChange={(e) => change(event.id, { status: e.target.value as ProposalStatus })}>
                {ProposalStatus.options.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
              </select>
              <EntitySelect label="By" value={event.actorId ?? ''} preferred={people} allowNone="by nobody named" onChange={(actorId) => change(event.id, { actorId: actorId || null })} />
              <button type="button" className="link" aria-label="Remove this event" onClick={() => saveEvents(proposal.statusEvents.filter((e) => e.id !== event.id))}>Remove</button>
            </div>
            {!event.date && <p className="timeline__undated">Date unknown</p>}
            <SavedText label="Note" placeholder="Note" value={event.note} onSave={(note) => change(event.id, { note })} />
            <EvidenceQuotes ids={event.evidence} />
          </li>
        ))}
      </ol>
      <button type="button" className="link" onClick={() => saveEvents([...proposal.statusEvents, { id: newRecordId(), date: null, status: 'floated', actorId: null, note: '', evidence: [] }])}>
        Add a status event
      </button>
    </section>
  );
}
