import { join } from 'node:path';
import { dispatch } from '../../../electron/core/dispatch';
import { openNotebook, type OpenNotebook } from '../../../electron/core/notebook';
import type { NotebookOperationName, OperationName, RequestOf, ResponseOf } from '../../../shared/contract';

/** The records a fuzzed notebook starts with, so valid requests can name real ids. */
export interface Seeded {
  sourceId: string;
  otherSourceId: string;
  entityId: string;
  mergedEntityId: string;
  proposalId: string;
  annotationId: string;
  briefId: string;
  annotation: ResponseOf<'annotations.get'>;
  undo: ResponseOf<'entities.merge'>['undo'];
}

const TEXT =
  'Mediator Amal Haddad said on Tuesday that the ceasefire proposal would hold for 60 days. ' +
  'The Northern Alliance rejected the terms and asked for a prisoner exchange first.';

async function must<K extends OperationName>(notebook: OpenNotebook, operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await dispatch(notebook.handlers, operation, request);
  if (!result.ok) throw new Error(`seeding: ${operation} failed: ${result.error.message}`);
  return result.value as ResponseOf<K>;
}

/** PDF printing would start Chromium for every fuzzed export; the bytes do not matter here. */
const printPdf = async () => new TextEncoder().encode('%PDF-1.4 fuzz');

/** A real notebook in `parent` with two sources, two entities (one merged), a proposal, an annotation and a brief. */
export async function seededNotebook(parent: string): Promise<{ notebook: OpenNotebook; seeded: Seeded }> {
  const notebook = await openNotebook(join(parent, 'Fuzz.parley'), { create: true, printPdf });
  const imported = await must(notebook, 'sources.importText', { text: TEXT, title: 'Ceasefire to hold' });
  const other = await must(notebook, 'sources.importText', { text: `${TEXT} Talks resume in Doha.`, title: 'Talks resume' });
  if (imported.status !== 'imported' || other.status !== 'imported') throw new Error('seeding: sources not imported');
  const entity = await must(notebook, 'entities.create', { name: 'Amal Haddad', aliases: ['Haddad'] });
  const merged = await must(notebook, 'entities.create', { name: 'A. Haddad' });
  const proposal = await must(notebook, 'proposals.create', { title: 'Sixty-day ceasefire', mediators: [entity.id] });
  const start = TEXT.indexOf('Amal Haddad');
  const annotation = await must(notebook, 'annotations.create', {
    sourceId: imported.source.id,
    start,
    end: start + 'Amal Haddad'.length,
    links: [{ kind: 'entity', recordId: entity.id }],
    comment: 'the mediator',
    tags: ['people'],
  });
  const { undo } = await must(notebook, 'entities.merge', { survivorId: entity.id, mergedId: merged.id });
  const brief = await must(notebook, 'briefs.draft', { title: 'Weekly brief', cite: [annotation.id] });
  return {
    notebook,
    seeded: {
      sourceId: imported.source.id,
      otherSourceId: other.source.id,
      entityId: entity.id,
      mergedEntityId: merged.id,
      proposalId: proposal.id,
      annotationId: annotation.id,
      briefId: brief.id,
      annotation,
      undo,
    },
  };
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * One valid request per notebook operation, naming the seeded records. Typed loosely on
 * purpose: an operation added to the contract later is still fuzzed (from `{}`), and the
 * test that every operation has a sample says it is missing here.
 */
export function validRequests(s: Seeded): Partial<Record<NotebookOperationName, unknown>> {
  const span = { sourceId: s.sourceId, start: 0, end: 8, text: 'Mediator' };
  return {
    'notebook.info': {},
    'notebook.check': { repair: false },
    'notebook.exportBundle': {},
    'backups.list': {},
    'backups.create': {},
    'sources.list': {},
    'sources.get': { id: s.sourceId },
    'sources.export': { id: s.sourceId, format: 'md' },
    'sources.importFile': { fileName: 'talks.txt', dataBase64: base64('Talks in Doha resumed on Monday.') },
    'sources.importText': { text: 'A new article about the talks.', title: 'New' },
    'sources.update': { id: s.sourceId, fields: { outlet: 'Gulf Times', authors: ['R. Amin'] }, rev: 1 },
    'sources.boilerplate': { id: s.sourceId },
    'sources.trim': { id: s.sourceId, spans: [{ start: 0, end: 9 }] },
    'sources.editText': { id: s.sourceId, text: 'Mediator Amal Haddad said the ceasefire would hold.' },
    'sources.importVersion': { id: s.otherSourceId, fileName: 'v2.txt', dataBase64: base64('Talks resume in Doha, officials said.') },
    'sources.delete': { id: s.otherSourceId },
    'entities.list': {},
    'entities.get': { id: s.entityId },
    'entities.create': { name: 'Northern Alliance', kind: 'organisation' },
    'entities.update': { id: s.entityId, fields: { title: 'UN envoy' } },
    'entities.delete': { id: s.entityId },
    'entities.deleteImpact': { id: s.entityId },
    'entities.merge': { survivorId: s.entityId, mergedId: s.entityId },
    'entities.undoMerge': { undo: s.undo },
    'entities.mentions': { id: s.entityId },
    'entities.linkMentions': { id: s.entityId, mentions: [span] },
    'entities.ignoreMention': { id: s.entityId, mention: span },
    'entities.ignoreName': { id: s.entityId, name: 'Hadad' },
    'sources.suggestions': { id: s.sourceId },
    'proposals.list': {},
    'proposals.get': { id: s.proposalId },
    'proposals.create': { title: 'Prisoner exchange', parties: [s.entityId] },
    'proposals.update': { id: s.proposalId, fields: { summary: 'Sixty days, then talks.' } },
    'proposals.delete': { id: s.proposalId },
    'annotations.list': { sourceId: s.sourceId },
    'annotations.get': { id: s.annotationId },
    'annotations.create': { sourceId: s.sourceId, start: 4, end: 12, comment: 'who?' },
    'annotations.update': { id: s.annotationId, fields: { tags: ['mediators'] } },
    'annotations.delete': { id: s.annotationId },
    'annotations.restore': { annotation: s.annotation },
    'annotations.reattach': { id: s.annotationId, start: 0, end: 8 },
    'annotations.find': { query: 'mediator', limit: 5 },
    'annotations.export': { format: 'w3c', sourceIds: [s.sourceId] },
    'annotations.import': { content: '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"}' },
    'briefs.list': {},
    'briefs.get': { id: s.briefId },
    'briefs.create': { title: 'Second brief' },
    'briefs.update': { id: s.briefId, fields: { title: 'Renamed brief' } },
    'briefs.delete': { id: s.briefId },
    'briefs.draft': { from: { kind: 'proposal', id: s.proposalId } },
    'briefs.export': { id: s.briefId, format: 'html' },
    'briefs.health': { id: s.briefId },
    'search.query': { query: 'ceasefire', kind: ['source'], limit: 10 },
    'compare.sources': { sourceIds: [s.sourceId, s.otherSourceId] },
    'compare.coverage': { sourceIds: [s.sourceId] },
    'compare.terms': { proposalId: s.proposalId },
    'compare.timeline': { proposalId: s.proposalId },
  };
}
