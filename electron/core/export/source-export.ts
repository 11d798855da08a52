import type { ExportedFile, ExportFormat } from '../../../shared/contract';
import { annotateSource, renderSourceHtml, renderSourceMarkdown, type AnnotatedSource } from '../../../shared/source-export';
import type { NotebookStore } from '../store/notebook-store';
import { exportedFile } from './exported-file';
import type { PrintPdf } from './pdf';
import { renderSourceDocx } from './source-docx';

/** One source as it reads now, with every annotation on it and the records they link. */
export function annotatedSourceOf(store: NotebookStore, id: string): AnnotatedSource {
  const source = store.source(id);
  const version = store.currentVersion(id);
  return annotateSource({
    source,
    version: { id: version.id, text: version.text },
    annotations: store.annotations(id),
    entities: new Map(store.list('entities').map((e) => [e.id, e])),
    proposals: new Map(store.list('proposals').map((p) => [p.id, p])),
  });
}

/** The marked-up article for readers elsewhere: Markdown, self-contained HTML, Word, or that HTML printed to PDF. */
export async function exportSource(store: NotebookStore, id: string, format: ExportFormat, printPdf: PrintPdf): Promise<ExportedFile> {
  const exported = annotatedSourceOf(store, id);
  const bytes = await render(exported, format, printPdf);
  return exportedFile({ title: exported.source.title, fallback: 'source', suffix: 'annotated' }, format, bytes);
}

async function render(exported: AnnotatedSource, format: ExportFormat, printPdf: PrintPdf): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return Buffer.from(renderSourceMarkdown(exported), 'utf8');
    case 'html':
      return Buffer.from(renderSourceHtml(exported), 'utf8');
    case 'docx':
      return renderSourceDocx(exported);
    case 'pdf':
      return printPdf(renderSourceHtml(exported));
  }
}
