import { checkCitations, isBriefDocument, renderBriefHtml, renderBriefMarkdown, type BriefDocumentJson, type BriefExportContext } from '../../../shared/brief';
import type { Annotation, Brief } from '../../../shared/model';
import type { ExportedFile, ExportFormat } from '../../../shared/contract';
import type { NotebookStore } from '../store/notebook-store';
import type { PrintPdf } from './pdf';
import { renderBriefDocx } from './brief-docx';
import { exportedFile } from './exported-file';

/** A brief never edited yet has no document; it exports as its title alone. */
const EMPTY_DOCUMENT: BriefDocumentJson = { root: { type: 'root', children: [] } };

function documentOf(brief: Brief): BriefDocumentJson {
  return isBriefDocument(brief.content) ? brief.content : EMPTY_DOCUMENT;
}

/** Every annotation by id: a citation may point into any source. */
function annotationsById(store: NotebookStore): Map<string, Annotation> {
  return new Map(store.list('sources').flatMap((s) => store.annotations(s.id)).map((a) => [a.id, a]));
}

function contextOf(store: NotebookStore, brief: Brief): BriefExportContext {
  return {
    title: brief.title,
    annotations: annotationsById(store),
    sources: new Map(store.list('sources').map((s) => [s.id, s])),
    entities: new Map(store.list('entities').map((e) => [e.id, e])),
    proposals: new Map(store.list('proposals').map((p) => [p.id, p])),
  };
}

/** The same document rendered for a reader elsewhere: Markdown, self-contained HTML, Word, or that HTML printed to PDF. */
export async function exportBrief(store: NotebookStore, id: string, format: ExportFormat, printPdf: PrintPdf): Promise<ExportedFile> {
  const brief = store.brief(id);
  const document = documentOf(brief);
  const context = contextOf(store, brief);
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
  return checkCitations(documentOf(store.brief(id)), annotationsById(store));
}
