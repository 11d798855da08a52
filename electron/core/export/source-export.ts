import { ParleyError, type ExportedFile, type ExportFormat } from '../../../shared/contract';
import type { NotebookStore } from '../store/notebook-store';
import type { PrintPdf } from './pdf';

// TODO(issue 6): the annotated source export.
export async function exportSource(_store: NotebookStore, _id: string, _format: ExportFormat, _printPdf: PrintPdf): Promise<ExportedFile> {
  throw new ParleyError('unavailable', 'Source export is not built yet.');
}
