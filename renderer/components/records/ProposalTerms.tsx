import { newRecordId, type Proposal, type ProposalTerm } from '../../../shared/model';
import { useProposals } from '../../state/stores';
import { EvidenceQuotes } from './EvidenceQuotes';
import { SavedText } from './SavedText';

/** The proposal's terms, each with its wording and the passages that report it. */
export function ProposalTerms({ proposal }: { proposal: Proposal }) {
  const [, store] = useProposals();
  const saveTerms = (terms: ProposalTerm[]) => void store.save(proposal.id, { terms });
  const change = (id: string, patch: Partial<ProposalTerm>) => saveTerms(proposal.terms.map((t) => (t.id === id ? { ...t, ...patch } : t)));
  return (
    <section className="facts-section" data-testid="proposal-terms" aria-labelledby="terms-heading">
      <h2 id="terms-heading" className="record__heading">Terms</h2>
      {proposal.terms.length === 0 && <p className="record__muted">No terms yet. Select a passage that states one and link it to this proposal with the role “term”.</p>}
      <ul className="fact-list">
        {proposal.terms.map((term) => (
          <li key={term.id} className="fact-card" data-testid="proposal-term">
            <div className="fact-card__head">
              <SavedText className="field fact-card__label" label="Term" value={term.label} onSave={(label) => label.trim() && change(term.id, { label: label.trim() })} />
              <button type="button" className="link" aria-label={`Remove term ${term.label}`} onClick={() => saveTerms(proposal.terms.filter((t) => t.id !== term.id))}>Remove</button>
            </div>
            <SavedText className="field fact-card__value" label={`Value of ${term.label}`} placeholder="What the term says, e.g. 48 hours" value={term.value} onSave={(value) => change(term.id, { value })} />
            <EvidenceQuotes ids={term.evidence} />
          </li>
        ))}
      </ul>
      <button type="button" className="link" onClick={() => saveTerms([...proposal.terms, { id: newRecordId(), label: `Term ${proposal.terms.length + 1}`, value: '', evidence: [] }])}>
        Add a term
      </button>
    </section>
  );
}
