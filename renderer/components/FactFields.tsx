import { ProposalStatus, Stance } from '../../shared/model';
import type { FactDraft, FactRole } from '../logic/proposalFacts';
import { statusLabel } from '../logic/timeline';
import { EntitySelect } from './records/EntitySelect';

type Props = { roles: readonly FactRole[]; draft: FactDraft; onChange: (draft: FactDraft) => void; parties: readonly string[] };

/**
 * What a selection says about a proposal when it is linked as a term, a status event or a
 * position: saved with the annotation, which becomes the fact's evidence.
 */
export function FactFields({ roles, draft, onChange, parties }: Props) {
  const set = (patch: Partial<FactDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="fact-fields" data-testid="fact-fields">
      <legend>For the proposal</legend>
      {roles.includes('term') && (
        <div className="fact-fields__row">
          <input className="field" aria-label="Term" placeholder="Term, e.g. duration" value={draft.label} onChange={(e) => set({ label: e.target.value })} />
          <input className="field" aria-label="Term value" placeholder="Value" value={draft.value} onChange={(e) => set({ value: e.target.value })} />
        </div>
      )}
      {roles.includes('status') && (
        <div className="fact-fields__row">
          <select className="field" aria-label="Status" value={draft.status} onChange={(e) => set({ status: e.target.value as ProposalStatus })}>
            {ProposalStatus.options.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
          </select>
          <input className="field" type="date" aria-label="Date of the status" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </div>
      )}
      {(roles.includes('position') || roles.includes('status')) && (
        <div className="fact-fields__row">
          <EntitySelect label={roles.includes('position') ? 'Party' : 'By'} value={draft.partyId} preferred={parties} allowNone={roles.includes('position') ? 'Choose a party' : 'by nobody named'} onChange={(partyId) => set({ partyId })} />
          {roles.includes('position') && (
            <select className="field" aria-label="Stance" value={draft.stance} onChange={(e) => set({ stance: e.target.value as Stance })}>
              {Stance.options.map((s) => <option key={s}>{s}</option>)}
            </select>
          )}
        </div>
      )}
      {(roles.includes('position') || roles.includes('status')) && <input className="field" aria-label="Note for the proposal" placeholder="Note" value={draft.note} onChange={(e) => set({ note: e.target.value })} />}
    </fieldset>
  );
}
