import { checkCitations, isBriefDocument, renderBriefHtml, renderBriefMarkdown, type BriefDocumentJson, type BriefExportContext } from '../../../shared/brief';
import type { Annotation, Brief } from '../../../shared/model';
import { ParleyError } from '../../../shared/contract';
import type { NotebookStore } from '../store/notebook-store';
import type { PrintPdf } from './pdf';
import { renderBriefDocx } from './brief-docx';

export type BriefFormat = 'md' | 'html' | 'docx';

const MEDIA_TYPES: Record<BriefFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

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

/** The same document rendered for a reader elsewhere: Markdown, self-contained HTML or Word. */
export async function exportBrief(store: NotebookStore, id: string, format: BriefFormat | 'pdf', _printPdf: PrintPdf) {
  if (format === 'pdf') throw new ParleyError('unavailable', 'PDF export is not built yet.');
  const brief = store.brief(id);
  const document = documentOf(brief);
  const context = contextOf(store, brief);
  const bytes =
    format === 'docx'
      ? await renderBriefDocx(document, context)
      : Buffer.from(format === 'md' ? renderBriefMarkdown(document, context) : renderBriefHtml(document, context), 'utf8');
  return { fileName: `${fileStem(brief.title)}.${format}`, mediaType: MEDIA_TYPES[format], dataBase64: bytes.toString('base64') };
}

export function briefHealth(store: NotebookStore, id: string) {
  return checkCitations(documentOf(store.brief(id)), annotationsById(store));
}

/** A file name a person recognises, safe on every system. */
function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return stem || 'brief';
}
