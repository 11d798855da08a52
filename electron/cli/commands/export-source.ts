import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExportFormat, ParleyError, type ExportedFile } from '../../../shared/contract';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';

/** Every export of a brief or an annotated source comes in these formats. */
export const DOCUMENT_FORMATS = ExportFormat.options;

export interface DocumentExportOptions extends GlobalOptions {
  format: string;
  out: string;
}

/** Checked here as well as by commander, so a script calling the command function gets the same answer. */
export function documentFormat(format: string): ExportFormat {
  const parsed = ExportFormat.safeParse(format);
  if (!parsed.success) throw new ParleyError('bad-request', `Unknown format "${format}": choose one of ${DOCUMENT_FORMATS.join(', ')}.`);
  return parsed.data;
}

/** Writes an export to `out`, or to standard output when `out` is "-", and says where it went. */
export async function writeExported(exported: ExportedFile, format: ExportFormat, out: string, output: Output): Promise<number> {
  const bytes = Buffer.from(exported.dataBase64, 'base64');
  if (out === '-') {
    process.stdout.write(bytes);
    return 0;
  }
  const file = path.resolve(out);
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw new ParleyError('io-failed', `Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  output.result({ file, format, mediaType: exported.mediaType }, () => [`wrote ${format} to ${file}`]);
  return 0;
}

/** Writes a source with its highlights, linked records and comments as footnotes. */
export async function exportSourceFile(id: string, options: DocumentExportOptions, output: Output): Promise<number> {
  const format = documentFormat(options.format);
  const exported = await withNotebook(options, { create: false }, (call) => call('sources.export', { id, format }));
  return writeExported(exported, format, options.out, output);
}
