import type { Annotation, Entity, Proposal, PublishedDate, RecordLink, SourceMeta } from '../../../shared/model';

/** Records built by hand for the pure comparison functions: ids readable in failures. */
const stamp = { createdAt: '2031-03-01T10:00:00Z', updatedAt: '2031-03-01T10:00:00Z', rev: 1 };
const VERSION = '00000000-0000-4000-8000-0000000000f1';

/** A record id whose last digits say what it is: id(0xa1) → …0000000000a1. */
export function id(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function source(sourceId: string, title: string, outlet: string, publishedAt: PublishedDate): SourceMeta {
  return {
    id: sourceId, ...stamp, title, outlet, authors: [], publishedAt, url: null, language: 'en', direction: 'ltr',
    metadataConfirmed: true, importedAt: stamp.createdAt, fileName: null, format: 'txt', currentVersionId: VERSION,
    contentHash: '0'.repeat(64), guesses: {},
  };
}

export const day = (date: string): PublishedDate => ({ precision: 'day', date });

export function annotation(
  annotationId: string,
  sourceId: string,
  exact: string,
  links: RecordLink[] = [],
  anchoring: Annotation['anchoring'] = 'anchored',
): Annotation {
  return {
    id: annotationId, ...stamp, sourceId, versionId: VERSION, anchoring, links, comment: '', tags: [],
    target: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
  };
}

export function entity(entityId: string, name: string): Entity {
  return { id: entityId, ...stamp, kind: 'person', name, aliases: [], title: '', description: '', notes: null, ignoredMentions: [], ignoredNames: [] };
}

export function proposal(proposalId: string, title: string, facts: Partial<Pick<Proposal, 'terms' | 'statusEvents' | 'positions'>> = {}): Proposal {
  return {
    id: proposalId, ...stamp, title, summary: '', proposedBy: [], mediators: [], parties: [], related: [],
    terms: facts.terms ?? [], statusEvents: facts.statusEvents ?? [], positions: facts.positions ?? [],
  };
}

export const mention = (recordId: string, kind: RecordLink['kind'] = 'entity', role: RecordLink['role'] = 'mention'): RecordLink => ({
  kind,
  recordId,
  role,
});
