import type { Entity, Proposal, RecordLink } from '../../shared/model';

/** A link's record name for display; a deleted record says so instead of vanishing. */
export function recordName(link: Pick<RecordLink, 'kind' | 'recordId'>, entities: readonly Entity[], proposals: readonly Proposal[]): string {
  return link.kind === 'entity'
    ? (entities.find((e) => e.id === link.recordId)?.name ?? 'Deleted entity')
    : (proposals.find((p) => p.id === link.recordId)?.title ?? 'Deleted proposal');
}
