import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ParleyError, type ErrorValue } from '../../../shared/contract';
import type { SourceMeta } from '../../../shared/model';
import { withNotebook, type GlobalOptions } from '../session';
import type { Output } from '../output';

export interface ImportReport {
  imported: Array<Pick<SourceMeta, 'id' | 'title' | 'outlet' | 'authors' | 'publishedAt' | 'url' | 'language' | 'direction' | 'format'>>;
  duplicates: Array<{ file: string; existingId: string }>;
  failed: Array<{ file: string; error: ErrorValue }>;
}

/** Imports each file on its own: one bad file is reported and the rest still go in. */
export async function importFiles(files: string[], options: GlobalOptions, output: Output): Promise<number> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  await withNotebook(options, { create: true }, async (call) => {
    for (const file of files) {
      try {
        const data = await readBytes(file);
        const outcome = await call('sources.importFile', { fileName: path.basename(file), dataBase64: data.toString('base64') });
        if (outcome.status === 'duplicate') report.duplicates.push({ file, existingId: outcome.existingId });
        else {
          const { id, title, outlet, authors, publishedAt, url, language, direction, format } = outcome.source;
          report.imported.push({ id, title, outlet, authors, publishedAt, url, language, direction, format });
        }
      } catch (error) {
        if (!(error instanceof ParleyError)) throw error;
        report.failed.push({ file, error: { code: error.code, message: error.message } });
      }
    }
  });
  output.result(report, () => [
    ...report.imported.map((s) => `imported  ${s.id}  ${s.title}`),
    ...report.duplicates.map((d) => `duplicate ${d.existingId}  ${d.file} (already in the notebook)`),
    ...report.failed.map((f) => `failed    ${f.file}: ${f.error.message}`),
    `${report.imported.length} imported, ${report.duplicates.length} duplicates, ${report.failed.length} failed`,
  ]);
  return report.failed.length > 0 ? 1 : 0;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new ParleyError('io-failed', `Cannot read ${file}: ${why}.`);
  }
}
