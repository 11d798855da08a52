import { codePointIndex, type CodePointIndex } from '../anchoring/code-points';
import type { Annotation, Entity, Proposal, RecordLink, SourceMeta } from '../model';
import { lookUpText, type SourceTexts } from './source-texts';
import { CONTEXT, iriOf, purposeOf, TERM } from './w3c-vocabulary';

export interface W3CExportContext extends SourceTexts {
  sources: readonly SourceMeta[];
  entities: readonly Entity[];
  proposals: readonly Proposal[];
}

export interface W3CExportOptions {
  /** The collection's own id (a UUID): an AnnotationCollection must have an IRI. */
  collectionId: string;
  label?: string;
}

type JsonObject = { [key: string]: unknown };

/**
 * The annotations as one W3C AnnotationCollection with a single embedded page. Each
 * annotation carries its own @context, so any one of them copied out of the file is a
 * complete Web Annotation on its own.
 */
export function toW3C(annotations: readonly Annotation[], context: W3CExportContext, options: W3CExportOptions): JsonObject {
  const names = recordNames(context);
  const indexes = new Map<string, CodePointIndex>();
  const items = annotations.map((annotation) => annotationToW3C(annotation, context, names, indexes));
  return {
    '@context': CONTEXT,
    id: iriOf(options.collectionId),
    type: 'AnnotationCollection',
    label: options.label ?? 'Parley annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotationToW3C(
  annotation: Annotation,
  context: SourceTexts,
  names: ReadonlyMap<string, string>,
  indexes: Map<string, CodePointIndex>,
): JsonObject {
  const body = [
    ...annotation.links.map((link) => linkBody(link, names.get(link.recordId))),
    ...(annotation.comment === '' ? [] : [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: annotation.comment }]),
    ...annotation.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  return {
    '@context': CONTEXT,
    id: iriOf(annotation.id),
    type: 'Annotation',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    [TERM.rev]: annotation.rev,
    [TERM.anchoring]: annotation.anchoring,
    // An annotation may have no body (a bare highlight); an empty array would be a body
    // list with nothing in it, which the model does not allow.
    ...(body.length > 0 ? { body } : {}),
    target: targetOf(annotation, context, indexes),
  };
}

function targetOf(annotation: Annotation, context: SourceTexts, indexes: Map<string, CodePointIndex>): JsonObject {
  const { quote, position } = annotation.target;
  const quoteSelector = {
    type: 'TextQuoteSelector',
    exact: quote.exact,
    ...(quote.prefix === '' ? {} : { prefix: quote.prefix }),
    ...(quote.suffix === '' ? {} : { suffix: quote.suffix }),
  };
  const target = { source: iriOf(annotation.sourceId), [TERM.version]: iriOf(annotation.versionId) };
  if (annotation.anchoring === 'orphaned') {
    // An orphan keeps offsets from the text it was lost from; only its quote still means something.
    return { ...target, [TERM.lastPosition]: { start: position.start, end: position.end }, selector: [quoteSelector] };
  }
  const index = indexFor(annotation, context, indexes);
  // The model counts characters as code points; Parley stores UTF-16 indices.
  const positionSelector = { type: 'TextPositionSelector', start: index.toCodePoint(position.start), end: index.toCodePoint(position.end) };
  return { ...target, selector: [quoteSelector, positionSelector] };
}

function linkBody(link: RecordLink, name: string | undefined): JsonObject {
  return {
    type: 'SpecificResource',
    source: iriOf(link.recordId),
    purpose: purposeOf(link.role),
    [TERM.recordKind]: link.kind,
    [TERM.role]: link.role,
    // For people reading the file in another tool; Parley reads the record by its id.
    ...(name === undefined ? {} : { label: name }),
  };
}

function indexFor(annotation: Annotation, context: SourceTexts, indexes: Map<string, CodePointIndex>): CodePointIndex {
  const cached = indexes.get(annotation.versionId);
  if (cached) return cached;
  const found = lookUpText(context, annotation.sourceId, annotation.versionId);
  if ('missing' in found) throw new RangeError(`Cannot export annotation ${annotation.id}: ${found.missing}.`);
  const index = codePointIndex(found.text);
  indexes.set(annotation.versionId, index);
  return index;
}

function recordNames(context: W3CExportContext): Map<string, string> {
  return new Map([
    ...context.entities.map((e): [string, string] => [e.id, e.name]),
    ...context.proposals.map((p): [string, string] => [p.id, p.title]),
  ]);
}
