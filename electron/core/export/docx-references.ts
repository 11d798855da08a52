import { Paragraph, TextRun } from 'docx';
import type { BriefExportContext, CitationNodeJson, RecordMentionNodeJson } from '../../../shared/brief/document';
import type { PublishedDate, SourceMeta } from '../../../shared/model';
import { formatPublished } from '../../../shared/model/publishedDate';
import { EXPORT_LOCALE } from '../../../shared/brief/references';

/** "3 March 2024" or "March 2024": the same words as the Markdown and HTML exports. */
export function formatPublishedDate(published: PublishedDate): string | null {
  return published === null ? null : formatPublished(published, EXPORT_LOCALE);
}

/** Title, outlet, date and URL, the parts a reader needs to find the source again. */
export function describeSource(source: SourceMeta): string {
  const parts = [source.title, source.outlet, formatPublishedDate(source.publishedAt), source.url];
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ');
}

interface MentionedRecord {
  name: string;
  kind: string;
}

/**
 * What the body of a brief points to: one Word footnote per citation, and the sources and
 * records in the order the reader first meets them, for the closing sections.
 */
export class BriefReferences {
  private readonly notes = new Map<number, string>();
  private readonly citedSources = new Map<string, string>();
  private readonly mentioned = new Map<string, MentionedRecord>();

  constructor(private readonly context: BriefExportContext) {}

  /** Returns the id of the citation's footnote. Each citation gets its own, as in print. */
  cite(citation: CitationNodeJson): number {
    // The annotation knows where the quote lives now; the node's copy covers a deleted annotation.
    const sourceId = this.context.annotations.get(citation.annotationId)?.sourceId ?? citation.sourceId;
    const source = this.context.sources.get(sourceId);
    const text = source ? describeSource(source) : 'Source no longer in the notebook.';
    if (source && !this.citedSources.has(sourceId)) this.citedSources.set(sourceId, text);
    const id = this.notes.size + 1;
    this.notes.set(id, text);
    return id;
  }

  /** The record's current name, so a renamed entity reads right; the label from insertion if it is gone. */
  mention(node: RecordMentionNodeJson): string {
    const key = `${node.kind}:${node.recordId}`;
    const known = this.mentioned.get(key);
    if (known) return known.name;
    const record = this.lookup(node);
    this.mentioned.set(key, record);
    return record.name;
  }

  footnotes(): Record<string, { children: Paragraph[] }> {
    // docx leaves footnote paragraphs unstyled; Word's own FootnoteText style gives them the small footnote size.
    const note = (text: string) => ({ children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(text)] })] });
    return Object.fromEntries([...this.notes].map(([id, text]) => [String(id), note(text)]));
  }

  sources(): string[] {
    return [...this.citedSources.values()];
  }

  records(): string[] {
    return [...this.mentioned.values()].map((record) => `${record.name} (${record.kind})`);
  }

  private lookup(node: RecordMentionNodeJson): MentionedRecord {
    if (node.kind === 'entity') {
      const entity = this.context.entities.get(node.recordId);
      return entity ? { name: entity.name, kind: entity.kind } : { name: node.label, kind: 'entity, no longer in the notebook' };
    }
    const proposal = this.context.proposals.get(node.recordId);
    return proposal ? { name: proposal.title, kind: 'proposal' } : { name: node.label, kind: 'proposal, no longer in the notebook' };
  }
}
