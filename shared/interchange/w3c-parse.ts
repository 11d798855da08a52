import { z } from 'zod';
import { codePointIndex, type CodePointIndex } from '../anchoring';
import { describeIssues } from '../contract/result';
import { Annotation, AnchoringState, LinkRole, type RecordLink } from '../model';
import { lookUpText, type SourceTexts } from './source-texts';
import { idOf, TERM } from './w3c-vocabulary';

export interface W3CImport {
  annotations: Annotation[];
  /** Items that could not be read, each with its id when it had one. */
  failed: Array<{ id: string | null; message: string }>;
}

/** The file as a whole is not Web Annotation JSON-LD (as opposed to one bad item in it). */
export class W3CDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'W3CDocumentError';
  }
}

const Offset = z.int().min(0);
const Span = z.object({ start: Offset, end: Offset });
const TypeName = z.union([z.string(), z.array(z.string())]);
const Selector = z.looseObject({ type: TypeName.optional() });
const QuoteSelector = z.looseObject({ exact: z.string(), prefix: z.string().default(''), suffix: z.string().default('') });
const Target = z.looseObject({
  source: z.string(),
  selector: z.union([Selector, z.array(Selector)]).optional(),
  [TERM.version]: z.string().optional(),
  [TERM.lastPosition]: Span.optional(),
});
const Body = z.union([z.string(), z.looseObject({ purpose: z.unknown() })]);
const W3CAnnotation = z.looseObject({
  id: z.string(),
  type: TypeName.refine((t) => has(t, 'Annotation'), 'must be "Annotation"'),
  created: z.string({ error: 'is missing: Parley keeps when each annotation was made' }),
  modified: z.string().optional(),
  [TERM.rev]: z.int().min(1).optional(),
  [TERM.anchoring]: AnchoringState.optional(),
  body: z.union([Body, z.array(Body)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([z.string(), Target, z.array(z.union([z.string(), Target]))]),
});
type W3CAnnotation = z.infer<typeof W3CAnnotation>;
type Target = z.infer<typeof Target>;

/** Thrown inside one item's reading; becomes that item's line in the report. */
class ItemError extends Error {}

/**
 * Reads Web Annotation JSON-LD (an AnnotationCollection with embedded pages, a page, an
 * array or a single annotation) back into Parley annotations. Positions are converted from
 * code points to UTF-16 against the text they were made in, and each quote is checked to
 * still stand at its position: an annotation is refused rather than put on other words.
 */
export function fromW3C(json: unknown, texts: SourceTexts): W3CImport {
  const result: W3CImport = { annotations: [], failed: [] };
  const indexes = new Map<string, CodePointIndex>();
  for (const item of itemsOf(json)) {
    try {
      result.annotations.push(annotationFrom(item, texts, indexes));
    } catch (error) {
      if (!(error instanceof ItemError)) throw error;
      result.failed.push({ id: itemId(item), message: error.message });
    }
  }
  return result;
}

function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) throw new W3CDocumentError('It is not a JSON object or array of Web Annotations.');
  const document = json as { type?: unknown; first?: unknown; items?: unknown };
  if (has(document.type, 'Annotation')) return [json];
  if (has(document.type, 'AnnotationPage')) return pageItems(document);
  if (has(document.type, 'AnnotationCollection')) {
    if (document.first === undefined) return [];
    if (typeof document.first === 'string') {
      throw new W3CDocumentError('Its annotation pages are published elsewhere (first is a link); Parley reads collections with embedded pages.');
    }
    return pageItems(document.first);
  }
  throw new W3CDocumentError('It is not an Annotation, AnnotationPage or AnnotationCollection (no such "type").');
}

function pageItems(page: unknown): unknown[] {
  const { items, next } = (page ?? {}) as { items?: unknown; next?: unknown };
  if (!Array.isArray(items)) throw new W3CDocumentError('Its AnnotationPage has no "items" list.');
  if (next === undefined) return items;
  if (typeof next === 'string') throw new W3CDocumentError('It continues on a page published elsewhere (next is a link).');
  return [...items, ...pageItems(next)];
}

function annotationFrom(item: unknown, texts: SourceTexts, indexes: Map<string, CodePointIndex>): Annotation {
  const parsed = W3CAnnotation.safeParse(item);
  if (!parsed.success) throw new ItemError(`It is not a Web Annotation Parley can read: ${describeIssues(parsed.error)}.`);
  const w3c = parsed.data;
  const id = uuidOf(w3c.id, 'its id');
  const anchoring = w3c[TERM.anchoring] ?? 'anchored';
  const target = onlyTarget(w3c);
  const sourceId = uuidOf(target.source, 'its target source');
  const version = target[TERM.version];
  const found = lookUpText(texts, sourceId, version === undefined ? undefined : uuidOf(version, 'its text version'));
  if ('missing' in found) throw new ItemError(`Cannot import it: ${found.missing}.`);
  const quote = quoteOf(target);
  const position =
    anchoring === 'orphaned'
      ? orphanPosition(target)
      : positionIn(target, found.text, quote.exact, indexFor(found.versionId, found.text, indexes));
  const annotation = Annotation.safeParse({
    id,
    createdAt: w3c.created,
    updatedAt: w3c.modified ?? w3c.created,
    rev: w3c[TERM.rev] ?? 1,
    sourceId,
    versionId: found.versionId,
    target: { quote, position },
    anchoring,
    ...bodiesOf(w3c),
  });
  if (!annotation.success) throw new ItemError(`Parley cannot keep it: ${describeIssues(annotation.error)}.`);
  return annotation.data;
}

function onlyTarget(w3c: W3CAnnotation): Target {
  const targets = Array.isArray(w3c.target) ? w3c.target : [w3c.target];
  if (targets.length !== 1) throw new ItemError(`It has ${targets.length} targets; a Parley annotation marks one span of one source.`);
  const target = targets[0]!;
  if (typeof target === 'string') throw new ItemError('Its target is a whole resource with no selector; Parley annotates spans of text.');
  return target;
}

function selectorsOf(target: Target, type: string): unknown[] {
  const selectors = target.selector === undefined ? [] : Array.isArray(target.selector) ? target.selector : [target.selector];
  return selectors.filter((s) => has(s.type, type));
}

function quoteOf(target: Target): z.infer<typeof QuoteSelector> {
  const [selector] = selectorsOf(target, 'TextQuoteSelector');
  if (selector === undefined) throw new ItemError('Its target has no TextQuoteSelector.');
  const quote = QuoteSelector.safeParse(selector);
  if (!quote.success) throw new ItemError(`Its TextQuoteSelector is malformed: ${describeIssues(quote.error)}.`);
  const { exact, prefix, suffix } = quote.data;
  return { exact, prefix, suffix };
}

function positionIn(target: Target, text: string, exact: string, index: CodePointIndex): { start: number; end: number } {
  const [selector] = selectorsOf(target, 'TextPositionSelector');
  if (selector === undefined) throw new ItemError('Its target has no TextPositionSelector.');
  const span = Span.safeParse(selector);
  if (!span.success) throw new ItemError(`Its TextPositionSelector is malformed: ${describeIssues(span.error)}.`);
  const { start, end } = span.data;
  if (end > index.length) {
    throw new ItemError(`Its position ${start}–${end} is past the end of its source's text (${index.length} characters).`);
  }
  const at = { start: index.fromCodePoint(start), end: index.fromCodePoint(end) };
  // The quote is the check on the position: if the words there differ, the text is not
  // the one the annotation was made in, and importing it would mark other words.
  if (text.slice(at.start, at.end) !== exact) {
    throw new ItemError(`Its quote “${clip(exact)}” is not at characters ${start}–${end} of its source's text; the text has changed since it was exported.`);
  }
  return at;
}

function orphanPosition(target: Target): { start: number; end: number } {
  const last = target[TERM.lastPosition];
  if (last === undefined) throw new ItemError(`It is orphaned but has no ${TERM.lastPosition} to keep.`);
  return last;
}

function bodiesOf(w3c: W3CAnnotation): { links: RecordLink[]; comment: string; tags: string[] } {
  const bodies = w3c.body === undefined ? [] : Array.isArray(w3c.body) ? w3c.body : [w3c.body];
  const links: RecordLink[] = [];
  const comments: string[] = w3c.bodyValue === undefined ? [] : [w3c.bodyValue];
  const tags: string[] = [];
  for (const body of bodies) {
    if (typeof body === 'string') throw new ItemError(`Its body ${clip(body)} is a bare link; Parley cannot tell which record it is.`);
    if (typeof body.value === 'string') {
      if (has(body.purpose, 'tagging')) tags.push(body.value);
      else comments.push(body.value);
    } else if (typeof body.source === 'string') links.push(linkOf(body));
    else throw new ItemError('It has a body that is neither text nor a link to a record.');
  }
  return { links, comment: comments.join('\n\n'), tags };
}

function linkOf(body: { [key: string]: unknown }): RecordLink {
  const recordId = uuidOf(body.source as string, 'a body’s source');
  const kind = body[TERM.recordKind];
  if (kind !== 'entity' && kind !== 'proposal') {
    throw new ItemError(`Its link to ${recordId} does not say whether it is an entity or a proposal (${TERM.recordKind}).`);
  }
  const role = LinkRole.safeParse(body[TERM.role] ?? (has(body.purpose, 'identifying') ? 'mention' : undefined));
  if (!role.success) throw new ItemError(`Its link to ${recordId} has no role Parley knows (${TERM.role}: ${LinkRole.options.join(', ')}).`);
  return { kind, recordId, role: role.data };
}

function indexFor(versionId: string, text: string, indexes: Map<string, CodePointIndex>): CodePointIndex {
  let index = indexes.get(versionId);
  if (!index) indexes.set(versionId, (index = codePointIndex(text)));
  return index;
}

function uuidOf(iri: string, what: string): string {
  const id = idOf(iri);
  if (id === undefined) throw new ItemError(`${capitalise(what)} ${clip(iri)} is not a Parley record (urn:uuid:…).`);
  return id;
}

function itemId(item: unknown): string | null {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') return null;
  return idOf(id) ?? id;
}

function has(type: unknown, name: string): boolean {
  return type === name || (Array.isArray(type) && type.includes(name));
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
