import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ParleyError } from '../../../shared/contract';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';

export const EXPORT_FORMATS = ['w3c', 'csv'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends GlobalOptions {
  format: string;
  out: string;
  source?: string[];
}

/** Writes the notebook's annotations (or some sources') to a file, or to stdout with `--out -`. */
export async function exportAnnotations(options: ExportOptions, output: Output): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new ParleyError('bad-request', `Unknown format "${options.format}": choose one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  const format = options.format as ExportFormat;
  const sourceIds = options.source?.length ? options.source : undefined;
  const exported = await withNotebook(options, { create: false }, (call) => call('annotations.export', { format, sourceIds }));
  if (options.out === '-') {
    // The file itself is the output: a result line after it would corrupt it.
    process.stdout.write(exported.content);
    return 0;
  }
  const file = path.resolve(options.out);
  try {
    await writeFile(file, exported.content, 'utf8');
  } catch (error) {
    throw new ParleyError('io-failed', `Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const what = format === 'w3c' ? 'W3C Web Annotation JSON-LD' : 'CSV';
  output.result({ file, format, mediaType: exported.mediaType }, () => [`wrote ${what} to ${file}`]);
  return 0;
}

/** Reads W3C Web Annotation JSON-LD back into the notebook; exits 1 if any annotation failed. */
export async function importAnnotations(file: string, options: GlobalOptions, output: Output): Promise<number> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ParleyError('io-failed', `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}.`);
  }
  const report = await withNotebook(options, { create: false }, (call) => call('annotations.import', { content }));
  output.result(report, () => [
    ...report.failed.map((f) => `failed    ${f.id ?? '(no id)'}: ${f.message}`),
    `${report.imported} imported, ${report.unchanged} unchanged, ${report.failed.length} failed`,
  ]);
  return report.failed.length > 0 ? 1 : 0;
}
