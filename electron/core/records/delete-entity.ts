import { revise } from '../store/records';
import type { RecordsRewrite } from '../store/records-rewrite';
import { annotationLinksEntity, proposalRefersToEntity, relinkedLinks, relinkedProposal } from './entity-references';
import { entityIn } from './merge-entities';
import type { RecordsView } from './records-view';

/** What deleting an entity unlinks, counted the same way the delete does it. */
export function deleteImpact(view: RecordsView, entityId: string): { annotations: number; proposals: number } {
  entityIn(view, entityId);
  return {
    annotations: view.annotations.filter((a) => annotationLinksEntity(a, entityId)).length,
    proposals: view.proposals.filter((p) => proposalRefersToEntity(p, entityId)).length,
  };
}

/**
 * Deleting an entity unlinks it everywhere; the annotations themselves stay (they are the
 * researcher's highlights and may carry comments or other links). Links go first (source
 * files), then notebook.json: a crash in between leaves an entity nothing links to.
 */
export function planDeleteEntity(view: RecordsView, entityId: string, now = new Date()): RecordsRewrite<{ id: string }> {
  entityIn(view, entityId);
  return {
    annotations: view.annotations
      .filter((a) => annotationLinksEntity(a, entityId))
      .map((a) => revise(a, { links: relinkedLinks(a.links, entityId, null) }, now)),
    putEntities: [],
    removeEntities: [entityId],
    putProposals: view.proposals
      .filter((p) => proposalRefersToEntity(p, entityId))
      .map((p) => revise(p, relinkedProposal(p, entityId, null), now)),
    first: 'sources',
    value: { id: entityId },
  };
}
