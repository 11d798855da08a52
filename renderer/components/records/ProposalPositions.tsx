import { newRecordId, Stance, type PartyPosition, type Proposal } from '../../../shared/model';
import { useProposals } from '../../state/stores';
import { EntitySelect } from './EntitySelect';
import { EvidenceQuotes } from './EvidenceQuotes';
import { SavedText } from './SavedText';

/** Where each party stands on the proposal, backed by the passages that say so. */
export function ProposalPositions({ proposal }: { proposal: Proposal }) {
  const [, store] = useProposals();
  const savePositions = (positions: PartyPosition[]) => void store.save(proposal.id, { positions });
  const change = (id: string, patch: Partial<PartyPosition>) => savePositions(proposal.positions.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  const firstParty = proposal.parties[0];
  return (
    <section className="facts-section" data-testid="proposal-positions" aria-labelledby="positions-heading">
      <h2 id="positions-heading" className="record__heading">Positions</h2>
      {proposal.positions.length === 0 && <p className="record__muted">No positions yet. Select a passage where a party supports, rejects or sets conditions, and link it with the role “position”.</p>}
      <ul className="fact-list">
        {proposal.positions.map((position) => (
          <li key={position.id} className={`fact-card fact-card--${position.stance}`} data-testid="position">
            <div className="fact-card__head">
              <EntitySelect label="Party" value={position.partyId} preferred={proposal.parties} allowNone="Choose a party" onChange={(partyId) => partyId && change(position.id, { partyId })} />
              <select className="field" aria-label="Stance" value={position.stance} onChange={(e) => change(position.id, { stance: e.target.value as Stance })}>
                {Stance.options.map((s) => <option key={s}>{s}</option>)}
              </select>
              <button type="button" className="link" aria-label="Remove this position" onClick={() => savePositions(proposal.positions.filter((p) => p.id !== position.id))}>Remove</button>
            </div>
            <SavedText label="Note" placeholder="Note, e.g. the conditions" value={position.note} onSave={(note) => change(position.id, { note })} />
            <EvidenceQuotes ids={position.evidence} />
          </li>
        ))}
      </ul>
      {firstParty ? (
        <button type="button" className="link" onClick={() => savePositions([...proposal.positions, { id: newRecordId(), partyId: firstParty, stance: 'undecided', note: '', evidence: [] }])}>
          Add a position
        </button>
      ) : (
        <p className="record__muted">Add the parties above to record their positions.</p>
      )}
    </section>
  );
}
