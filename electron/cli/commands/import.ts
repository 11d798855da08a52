import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ParleyError, type ErrorValue, type ImportOutcome } from '../../../shared/contract';
import type { SourceMeta } from '../../../shared/model';
import { withNotebook, type Call, type GlobalOptions } from '../session';
import type { Output } from '../output';
import { startProgress } from '../progress';

type Imported = Extract<ImportOutcome, { status: 'imported' }>;

export interface ImportReport {
  imported: Array<
    Pick<SourceMeta, 'id' | 'title' | 'outlet' | 'authors' | 'publishedAt' | 'url' | 'language' | 'direction' | 'format'> &
      Pick<Imported, 'boilerplate' | 'similar'>
  >;
  duplicates: Array<{ file: string; existingId: string }>;
  failed: Array<{ file: string; error: ErrorValue }>;
}

export interface ImportOptions extends GlobalOptions {
  paste?: boolean;
  title?: string;
}

/**
 * Imports each file on its own: one bad file is reported and the rest still go in. With
 * --paste the text comes from standard input instead.
 */
export async function importSources(files: string[], options: ImportOptions, output: Output): Promise<number> {
  if (options.paste && files.length > 0) throw new ParleyError('bad-request', 'Give files or --paste, not both.');
  if (!options.paste && files.length === 0) throw new ParleyError('bad-request', 'Name the files to import, or use --paste.');
  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  await withNotebook(options, { create: true }, async (call) => {
    if (options.paste) {
      const text = await readStdin();
      record(report, '(pasted text)', await tryImport(() => call('sources.importText', { text, title: options.title })));
      return;
    }
    const progress = startProgress(files.length, output.json);
    try {
      for (const file of files) {
        progress.update(path.basename(file));
        record(report, file, await tryImport(() => importOne(call, file)));
        progress.increment();
      }
    } finally {
      progress.stop();
    }
  });
  output.result(report, () => [
    ...report.imported.map((s) => `imported  ${s.id}  ${s.title}${notes(s)}`),
    ...report.duplicates.map((d) => `duplicate ${d.existingId}  ${d.file} (already in the notebook)`),
    ...report.failed.map((f) => `failed    ${f.file}: ${f.error.message}`),
    `${report.imported.length} imported, ${report.duplicates.length} duplicates, ${report.failed.length} failed`,
  ]);
  return report.failed.length > 0 ? 1 : 0;
}

async function importOne(call: Call, file: string): Promise<ImportOutcome> {
  const data = await readBytes(file);
  return call('sources.importFile', { fileName: path.basename(file), dataBase64: data.toString('base64') });
}

async function tryImport(work: () => Promise<ImportOutcome>): Promise<ImportOutcome | ErrorValue> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ParleyError)) throw error;
    return { code: error.code, message: error.message };
  }
}

function record(report: ImportReport, file: string, outcome: ImportOutcome | ErrorValue): void {
  if ('code' in outcome) report.failed.push({ file, error: outcome });
  else if (outcome.status === 'duplicate') report.duplicates.push({ file, existingId: outcome.existingId });
  else {
    const { id, title, outlet, authors, publishedAt, url, language, direction, format } = outcome.source;
    report.imported.push({ id, title, outlet, authors, publishedAt, url, language, direction, format, boilerplate: outcome.boilerplate, similar: outcome.similar });
  }
}

function notes(source: ImportReport['imported'][number]): string {
  const parts = [];
  if (source.boilerplate.length) parts.push(`${source.boilerplate.length} boilerplate lines proposed for trimming`);
  if (source.similar[0]) parts.push(`similar to ${source.similar[0].id} (${Math.round(source.similar[0].similarity * 100)}%)`);
  return parts.length ? `  [${parts.join('; ')}]` : '';
}

export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new ParleyError('io-failed', `Cannot read ${file}: ${why}.`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
