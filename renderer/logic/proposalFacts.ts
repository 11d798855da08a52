import type { Proposal, ProposalFields, ProposalStatus, Stance } from '../../shared/model';

export type FactRole = 'term' | 'status' | 'position';
export const FACT_ROLES: readonly FactRole[] = ['term', 'status', 'position'];
export const isFactRole = (role: string): role is FactRole => (FACT_ROLES as readonly string[]).includes(role);

/** What the linking form knows about the fact a selection backs, before it is saved. */
export type FactDraft = {
  label: string;
  value: string;
  status: ProposalStatus;
  /** YYYY-MM-DD or empty when the day is not known. */
  date: string;
  /** The party of a position, or the actor of a status event ("rejected by …"). */
  partyId: string;
  stance: Stance;
  note: string;
};

export const emptyFact = (quote: string): FactDraft => ({ label: '', value: quote, status: 'floated', date: '', partyId: '', stance: 'supports', note: '' });

const fold = (s: string) => s.trim().toLocaleLowerCase();

/**
 * The proposal fields that change when an annotation becomes evidence for a fact. A term
 * with the same label gains the evidence instead of being repeated: several outlets
 * reporting "duration" back one term. Returns null when the draft cannot make a fact.
 */
export function withFact(proposal: Proposal, role: FactRole, draft: FactDraft, annotationId: string, newId: () => string): Partial<ProposalFields> | null {
  if (role === 'term') {
    const label = draft.label.trim();
    if (!label) return null;
    const same = proposal.terms.find((t) => fold(t.label) === fold(label));
    if (same) {
      return {
        terms: proposal.terms.map((t) => (t === same ? { ...t, value: t.value || draft.value.trim(), evidence: [...t.evidence, annotationId] } : t)),
      };
    }
    return { terms: [...proposal.terms, { id: newId(), label, value: draft.value.trim(), evidence: [annotationId] }] };
  }
  if (role === 'status') {
    const event = { id: newId(), date: draft.date || null, status: draft.status, actorId: draft.partyId || null, note: draft.note.trim(), evidence: [annotationId] };
    return { statusEvents: [...proposal.statusEvents, event] };
  }
  if (!draft.partyId) return null;
  const position = { id: newId(), partyId: draft.partyId, stance: draft.stance, note: draft.note.trim(), evidence: [annotationId] };
  // A party that takes a position is a party to the proposal.
  const parties = proposal.parties.includes(draft.partyId) ? proposal.parties : [...proposal.parties, draft.partyId];
  return { positions: [...proposal.positions, position], parties };
}
