import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../shared/model';
import { emptyFact, withFact } from '../../../renderer/logic/proposalFacts';

const proposal: Proposal = {
  id: 'p', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', rev: 1,
  title: 'Harbour pause', summary: '', proposedBy: [], mediators: [], parties: ['party-a'],
  terms: [{ id: 't1', label: 'Duration', value: '', evidence: ['a0'] }], statusEvents: [], positions: [], related: [],
};
const ids = () => 'new-id';

describe('facts from a selection', () => {
  it('adds a new term with the annotation as evidence', () => {
    const draft = { ...emptyFact('twelve fishing crews'), label: 'Crews released' };
    expect(withFact(proposal, 'term', draft, 'a1', ids)?.terms?.at(-1)).toEqual({ id: 'new-id', label: 'Crews released', value: 'twelve fishing crews', evidence: ['a1'] });
  });

  it('adds evidence to a term with the same label instead of repeating it', () => {
    const terms = withFact(proposal, 'term', { ...emptyFact('48 hours'), label: ' duration ' }, 'a2', ids)?.terms;
    expect(terms).toEqual([{ id: 't1', label: 'Duration', value: '48 hours', evidence: ['a0', 'a2'] }]);
  });

  it('refuses a term without a label and a position without a party', () => {
    expect(withFact(proposal, 'term', emptyFact('x'), 'a', ids)).toBeNull();
    expect(withFact(proposal, 'position', emptyFact('x'), 'a', ids)).toBeNull();
  });

  it('records a status event, undated when no day is given', () => {
    const events = withFact(proposal, 'status', { ...emptyFact('x'), status: 'rejected', partyId: 'party-a' }, 'a3', ids)?.statusEvents;
    expect(events).toEqual([{ id: 'new-id', date: null, status: 'rejected', actorId: 'party-a', note: '', evidence: ['a3'] }]);
  });

  it('makes the party of a position a party to the proposal', () => {
    const change = withFact(proposal, 'position', { ...emptyFact('x'), partyId: 'party-b', stance: 'conditions' }, 'a4', ids);
    expect(change?.parties).toEqual(['party-a', 'party-b']);
    expect(change?.positions?.[0]).toMatchObject({ partyId: 'party-b', stance: 'conditions', evidence: ['a4'] });
  });
});
