import { checkCitations, isBriefDocument, renderBriefHtml, renderBriefMarkdown, type BriefDocumentJson, type BriefExportContext } from '../../../shared/brief';
import type { Annotation, Brief } from '../../../shared/model';
import type { ExportedFile, ExportFormat } from '../../../shared/contract';
import type { NotebookStore } from '../store/notebook-store';
import type { PrintPdf } from './pdf';
import { asCitation, asMention, walk } from '../../../shared/brief/tree';
import { renderBriefDocx } from './brief-docx';
import { exportedFile } from './exported-file';

/** A brief never edited yet has no document; it exports as its title alone. */
const EMPTY_DOCUMENT: BriefDocumentJson = { root: { type: 'root', children: [] } };

function documentOf(brief: Brief): BriefDocumentJson {
  return isBriefDocument(brief.content) ? brief.content : EMPTY_DOCUMENT;
}

/** What a document points to: the annotations it cites and the records its chips name. */
function referencedIds(document: BriefDocumentJson): { annotations: Set<string>; sources: Set<string>; records: Set<string> } {
  const ids = { annotations: new Set<string>(), sources: new Set<string>(), records: new Set<string>() };
  for (const node of walk(document.root)) {
    const citation = asCitation(node);
    if (citation) {
      ids.annotations.add(citation.annotationId);
      ids.sources.add(citation.sourceId);
    }
    const mention = asMention(node);
    if (mention) ids.records.add(mention.recordId);
  }
  return ids;
}

/**
 * Only the annotations the brief cites, looked up one by one: a notebook holds tens of
 * thousands and a brief a hundred, so gathering them all dominated every export.
 */
function citedAnnotations(store: NotebookStore, ids: ReadonlySet<string>): Map<string, Annotation> {
  const found = new Map<string, Annotation>();
  for (const id of ids) if (store.hasAnnotation(id)) found.set(id, store.annotation(id));
  return found;
}

function contextOf(store: NotebookStore, brief: Brief, document: BriefDocumentJson): BriefExportContext {
  const ids = referencedIds(document);
  const annotations = citedAnnotations(store, ids.annotations);
  // A chip's stored source id may be gone while its annotation still knows its source.
  for (const annotation of annotations.values()) ids.sources.add(annotation.sourceId);
  const pick = <T extends { id: string }>(records: readonly T[], wanted: ReadonlySet<string>) =>
    new Map(records.filter((r) => wanted.has(r.id)).map((r) => [r.id, r]));
  return {
    title: brief.title,
    annotations,
    sources: pick(store.list('sources'), ids.sources),
    entities: pick(store.list('entities'), ids.records),
    proposals: pick(store.list('proposals'), ids.records),
  };
}

/** The same document rendered for a reader elsewhere: Markdown, self-contained HTML, Word, or that HTML printed to PDF. */
export async function exportBrief(store: NotebookStore, id: string, format: ExportFormat, printPdf: PrintPdf): Promise<ExportedFile> {
  const brief = store.brief(id);
  const document = documentOf(brief);
  const context = contextOf(store, brief, document);
  const bytes = await renderBrief(document, context, format, printPdf);
  return exportedFile({ title: brief.title, fallback: 'brief' }, format, bytes);
}

async function renderBrief(document: BriefDocumentJson, context: BriefExportContext, format: ExportFormat, printPdf: PrintPdf): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return Buffer.from(renderBriefMarkdown(document, context), 'utf8');
    case 'html':
      return Buffer.from(renderBriefHtml(document, context), 'utf8');
    case 'docx':
      return renderBriefDocx(document, context);
    case 'pdf':
      return printPdf(renderBriefHtml(document, context));
  }
}

export function briefHealth(store: NotebookStore, id: string) {
  const document = documentOf(store.brief(id));
  return checkCitations(document, citedAnnotations(store, referencedIds(document).annotations));
}
