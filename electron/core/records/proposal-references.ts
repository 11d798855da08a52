import { ParleyError } from '../../../shared/contract';
import type { ProposalFields } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';

type References = Pick<ProposalFields, 'proposedBy' | 'mediators' | 'parties' | 'terms' | 'statusEvents' | 'positions' | 'related'>;

/**
 * A proposal's facts point at entities, annotations (evidence) and other proposals; a
 * reference to nothing would show as a broken chip. Only references new in this write are
 * checked: one that went stale since (its annotation deleted) must not block editing the rest.
 */
export function assertProposalReferences(store: NotebookStore, next: References, previous?: References): void {
  const known = previous ? referencesOf(previous) : emptyReferences();
  const wanted = referencesOf(next);
  const entities = new Set(store.list('entities').map((e) => e.id));
  const proposals = new Set(store.list('proposals').map((p) => p.id));

  for (const id of wanted.entities) {
    if (!known.entities.has(id) && !entities.has(id)) {
      throw new ParleyError('bad-request', `The proposal refers to entity ${id}, which is not in this notebook.`);
    }
  }
  for (const id of wanted.proposals) {
    if (!known.proposals.has(id) && !proposals.has(id)) {
      throw new ParleyError('bad-request', `The proposal is related to proposal ${id}, which is not in this notebook.`);
    }
  }
  for (const id of wanted.evidence) {
    if (!known.evidence.has(id) && !store.hasAnnotation(id)) {
      throw new ParleyError('bad-request', `Evidence ${id} is not an annotation in this notebook; annotate the span first and use its id.`);
    }
  }
}

function referencesOf(p: References) {
  return {
    entities: new Set([
      ...p.proposedBy,
      ...p.mediators,
      ...p.parties,
      ...p.positions.map((x) => x.partyId),
      ...p.statusEvents.flatMap((e) => (e.actorId === null ? [] : [e.actorId])),
    ]),
    proposals: new Set(p.related.map((r) => r.proposalId)),
    evidence: new Set([...p.terms, ...p.statusEvents, ...p.positions].flatMap((f) => f.evidence)),
  };
}

function emptyReferences(): ReturnType<typeof referencesOf> {
  return { entities: new Set(), proposals: new Set(), evidence: new Set() };
}
