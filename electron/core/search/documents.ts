import type { Annotation, Entity, Proposal } from '../../../shared/model';
import { plainTextOf, termOf, type SearchKind } from '../../../shared/search';
import type { ChangedCollection } from '../store/change-feed';
import type { NotebookStore } from '../store/notebook-store';
import type { RecordLookup } from './lookup';
import type { Entry, Registry } from './registry';

/**
 * What the index reads of a record, in three fields weighted differently: the title (a
 * source's title, an entity's name, an annotation's quote), names around it (outlet and
 * authors, aliases, tags and linked records, term labels) and the body text.
 */
export interface SearchDocument {
  id: string;
  title: string;
  names: string;
  text: string;
}

export const kindOfCollection: Record<ChangedCollection, SearchKind> = {
  sources: 'source',
  annotations: 'annotation',
  entities: 'entity',
  proposals: 'proposal',
  briefs: 'brief',
};

const recordLists = { entity: 'entities', proposal: 'proposals', brief: 'briefs' } as const;

/** The parts of the notebook the index reads from. */
export interface Notebook {
  store: NotebookStore;
  records: RecordLookup;
}

/** The registry entry of a record as it is now, or null when it is no longer in the notebook. */
export function entryOf({ store, records }: Notebook, registry: Registry, kind: SearchKind, id: string): Entry | null {
  const at = (r: { rev: number; updatedAt: string }) => ({ rev: r.rev, updatedAt: r.updatedAt });
  switch (kind) {
    case 'source': {
      const source = records.find('sources', id);
      if (!source) return null;
      return { kind, ...at(source), no: registry.sourceNumber(id), outlet: termOf(source.outlet.trim()), published: source.publishedAt };
    }
    case 'annotation': {
      return store.hasAnnotation(id) ? annotationEntry(store.annotation(id), registry) : null;
    }
    case 'entity':
    case 'proposal':
    case 'brief': {
      const record = records.find(recordLists[kind], id);
      return record ? { kind, ...at(record) } : null;
    }
  }
}

export function annotationEntry(a: Annotation, registry: Registry): Entry {
  const links = a.links.map((l) => l.recordId);
  return { kind: 'annotation', rev: a.rev, updatedAt: a.updatedAt, sourceId: a.sourceId, sourceNo: registry.sourceNumber(a.sourceId), links, tags: a.tags.map(termOf) };
}

/** The document the index holds for a record as it is now, or null when it is gone. */
export function documentOf(notebook: Notebook, kind: SearchKind, id: string): SearchDocument | null {
  const { store, records } = notebook;
  switch (kind) {
    case 'source': {
      const source = records.find('sources', id);
      if (!source) return null;
      const text = store.currentVersion(id, source).text;
      return { id, title: source.title, names: lines([source.outlet, ...source.authors]), text };
    }
    case 'annotation':
      return store.hasAnnotation(id) ? annotationDocument(notebook, store.annotation(id)) : null;
    case 'entity': {
      const entity = records.find('entities', id);
      return entity ? entityDocument(entity) : null;
    }
    case 'proposal': {
      const proposal = records.find('proposals', id);
      return proposal ? proposalDocument(proposal) : null;
    }
    case 'brief': {
      const brief = records.find('briefs', id);
      return brief ? { id, title: brief.title, names: '', text: plainTextOf(store.brief(id).content) } : null;
    }
  }
}

function annotationDocument({ records }: Notebook, annotation: Annotation): SearchDocument {
  // The names of the records it links, so "Haddad" finds the spans linked to Rami Haddad.
  const linked = annotation.links.map((link) =>
    link.kind === 'entity' ? records.find('entities', link.recordId)?.name : records.find('proposals', link.recordId)?.title,
  );
  return {
    id: annotation.id,
    title: annotation.target.quote.exact,
    names: lines([...annotation.tags, ...linked]),
    text: annotation.comment,
  };
}

function entityDocument(entity: Entity): SearchDocument {
  return {
    id: entity.id,
    title: entity.name,
    names: lines([...entity.aliases, entity.title]),
    text: lines([entity.description, plainTextOf(entity.notes)]),
  };
}

function proposalDocument(proposal: Proposal): SearchDocument {
  return {
    id: proposal.id,
    title: proposal.title,
    names: lines(proposal.terms.map((t) => t.label)),
    text: lines([
      proposal.summary,
      ...proposal.terms.map((t) => t.value),
      ...proposal.statusEvents.map((e) => e.note),
      ...proposal.positions.map((p) => p.note),
    ]),
  };
}

function lines(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join('\n');
}
