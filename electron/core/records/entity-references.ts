import type { Annotation, Proposal, RecordLink } from '../../../shared/model';

/**
 * Where an entity is referred to from other records, and how those references move to
 * another entity (merge) or go away (delete). Pure: the caller stamps and stores.
 */

export function annotationLinksEntity(annotation: Annotation, entityId: string): boolean {
  return annotation.links.some((l) => l.kind === 'entity' && l.recordId === entityId);
}

export function proposalRefersToEntity(proposal: Proposal, entityId: string): boolean {
  return (
    proposal.proposedBy.includes(entityId) ||
    proposal.mediators.includes(entityId) ||
    proposal.parties.includes(entityId) ||
    proposal.positions.some((p) => p.partyId === entityId) ||
    proposal.statusEvents.some((e) => e.actorId === entityId)
  );
}

/** The links with `from` replaced by `to`, or dropped when `to` is null; a link that becomes a repeat goes. */
export function relinkedLinks(links: readonly RecordLink[], from: string, to: string | null): RecordLink[] {
  const seen = new Set<string>();
  const result: RecordLink[] = [];
  for (const link of links) {
    const moved = link.kind === 'entity' && link.recordId === from ? (to === null ? null : { ...link, recordId: to }) : link;
    if (moved === null) continue;
    const key = `${moved.kind}:${moved.recordId}:${moved.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(moved);
  }
  return result;
}

export type ProposalReferences = Pick<Proposal, 'proposedBy' | 'mediators' | 'parties' | 'positions' | 'statusEvents'>;

/**
 * The proposal's references with `from` replaced by `to`, or removed when `to` is null. A
 * removed party's positions go with it (a position without a party says nothing), while a
 * status event stays and only forgets its actor: the event itself still happened.
 */
export function relinkedProposal(proposal: Proposal, from: string, to: string | null): ProposalReferences {
  const ids = (list: readonly string[]) => dedupe(list.flatMap((id) => (id !== from ? [id] : to === null ? [] : [to])));
  return {
    proposedBy: ids(proposal.proposedBy),
    mediators: ids(proposal.mediators),
    parties: ids(proposal.parties),
    positions: proposal.positions.flatMap((p) => (p.partyId !== from ? [p] : to === null ? [] : [{ ...p, partyId: to }])),
    statusEvents: proposal.statusEvents.map((e) => (e.actorId === from ? { ...e, actorId: to } : e)),
  };
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}
