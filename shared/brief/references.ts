import type { SourceMeta } from '../model';
import { formatPublished } from '../model/publishedDate';
import type { BriefExportContext, ElementNodeJson } from './document';
import { asCitation, asMention, walk, type BriefNode, type CitationNode, type MentionNode } from './tree';

/**
 * What every export appends to the prose: one footnote per citation, each cited source
 * once, and the records mentioned. Computed once from the document so the Markdown and
 * HTML exports cannot number footnotes differently.
 */

export interface Footnote {
  number: number;
  citation: CitationNode;
  source: SourceMeta | undefined;
}

export interface MentionedRecord {
  kind: 'entity' | 'proposal';
  recordId: string;
  /** The record's current name, or the label stored in the chip if the record is gone. */
  name: string;
  /** "person", "organisation", … for entities; "proposal" for proposals. */
  description: string;
  deleted: boolean;
}

export interface BriefReferences {
  /** Keyed by the citation's node object, so a renderer finds its number as it walks. */
  footnoteByNode: ReadonlyMap<BriefNode, Footnote>;
  footnotes: readonly Footnote[];
  /** Cited sources in order of first citation; a missing source is left out. */
  sources: readonly SourceMeta[];
  records: readonly MentionedRecord[];
}

/** Exports are written in British English, so dates read "3 March 2024". */
export const EXPORT_LOCALE = 'en-GB';

export function collectReferences(root: ElementNodeJson, context: BriefExportContext): BriefReferences {
  const footnoteByNode = new Map<BriefNode, Footnote>();
  const footnotes: Footnote[] = [];
  const sources = new Map<string, SourceMeta>();
  const records = new Map<string, MentionedRecord>();
  for (const node of walk(root)) {
    const citation = asCitation(node);
    if (citation) {
      const source = citedSource(citation, context);
      const footnote = { number: footnotes.length + 1, citation, source };
      footnotes.push(footnote);
      footnoteByNode.set(node, footnote);
      if (source && !sources.has(source.id)) sources.set(source.id, source);
      continue;
    }
    const mention = asMention(node);
    if (mention && !records.has(`${mention.kind}:${mention.recordId}`)) {
      records.set(`${mention.kind}:${mention.recordId}`, describeRecord(mention, context));
    }
  }
  return { footnoteByNode, footnotes, sources: [...sources.values()], records: [...records.values()] };
}

/** The chip's stored id may outlive the source; the annotation still knows where it came from. */
function citedSource(citation: CitationNode, context: BriefExportContext): SourceMeta | undefined {
  return context.sources.get(citation.sourceId) ?? context.sources.get(context.annotations.get(citation.annotationId)?.sourceId ?? '');
}

export function describeRecord(mention: MentionNode, context: BriefExportContext): MentionedRecord {
  if (mention.kind === 'entity') {
    const entity = context.entities.get(mention.recordId);
    return { kind: 'entity', recordId: mention.recordId, name: entity?.name ?? mention.label, description: entity?.kind ?? 'entity', deleted: !entity };
  }
  const proposal = context.proposals.get(mention.recordId);
  return { kind: 'proposal', recordId: mention.recordId, name: proposal?.title ?? mention.label, description: 'proposal', deleted: !proposal };
}

/** "Title, Outlet, 3 March 2024" — the parts a source list shows, unknown ones left out. */
export function describeSource(source: SourceMeta | undefined): string {
  if (!source) return 'Source no longer in the notebook';
  const date = source.publishedAt ? formatPublished(source.publishedAt, EXPORT_LOCALE) : '';
  return [source.title, source.outlet, date].filter((part) => part.trim() !== '').join(', ');
}

/** Ends a sentence without doubling a title's own full stop or question mark. */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** A citation's quote on one line: footnotes and inline quotes must not break the block. */
export function quoteLine(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}
