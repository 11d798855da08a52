import { Annotation, Entity, Proposal, SourceMeta, newStamp, type RecordLink } from '../../../shared/model';
import type { DraftContext } from '../../../shared/brief';

/** Small, complete records for the pure draft tests (parsed, so every default is filled in). */

export function source(title: string, outlet: string, date: string | null): SourceMeta {
  return SourceMeta.parse({
    ...newStamp(),
    title,
    outlet,
    publishedAt: date ? { precision: 'day', date } : null,
    importedAt: new Date().toISOString(),
    fileName: null,
    format: 'txt',
    currentVersionId: newStamp().id,
    contentHash: '0'.repeat(64),
  });
}

export function annotation(source: SourceMeta, exact: string, start: number, links: RecordLink[] = [], comment = ''): Annotation {
  return Annotation.parse({
    ...newStamp(),
    sourceId: source.id,
    versionId: source.currentVersionId,
    anchoring: 'anchored',
    links,
    comment,
    target: { quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length } },
  });
}

export function entity(name: string, fields: Partial<Entity> = {}): Entity {
  return Entity.parse({ ...newStamp(), name, ...fields });
}

export function proposal(fields: Partial<Proposal> & { title: string }): Proposal {
  return Proposal.parse({ ...newStamp(), ...fields });
}

export function contextOf(records: { sources: SourceMeta[]; annotations: Annotation[]; entities: Entity[] }): DraftContext {
  return {
    sources: new Map(records.sources.map((s) => [s.id, s])),
    annotations: new Map(records.annotations.map((a) => [a.id, a])),
    entities: new Map(records.entities.map((e) => [e.id, e])),
  };
}
