import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ParleyError } from '../../../shared/contract';
import type { BriefFile, NotebookFile, SourceFile } from '../../../shared/model';
import { isErrno, reason } from '../store/durable-file';
import { parseBriefFile, parseNotebookFile, parseSourceFile } from '../store/files';
import type { Findings } from './findings';

/** The notebook's files as they are on disk, each parsed (and migrated) on its own. */
export interface NotebookOnDisk {
  /** Null when notebook.json is missing or damaged: then nothing else can be listed. */
  notebook: NotebookFile | null;
  /** Listed sources whose file could be read, by source id. */
  sources: Map<string, SourceFile>;
  /** Listed briefs whose file could be read, by brief id. */
  briefs: Map<string, BriefFile>;
  filesRead: number;
}

export const relative = {
  notebook: 'notebook.json',
  source: (id: string) => `sources/${id}.json`,
  brief: (id: string) => `briefs/${id}.json`,
};

/**
 * Reads the files directly rather than through NotebookStore, which refuses to open a
 * damaged notebook: the check must name every damaged file, not stop at the first.
 */
export async function readNotebookOnDisk(folder: string, findings: Findings): Promise<NotebookOnDisk> {
  const onDisk: NotebookOnDisk = { notebook: null, sources: new Map(), briefs: new Map(), filesRead: 0 };
  const read = async <T>(file: string, parse: (raw: unknown, path: string) => T, what: string): Promise<T | null> => {
    const value = await readParsed(folder, file, parse, what, findings);
    if (value !== null) onDisk.filesRead += 1;
    return value;
  };

  onDisk.notebook = await read(relative.notebook, parseNotebookFile, 'the notebook itself');
  if (!onDisk.notebook) return onDisk;
  for (const meta of onDisk.notebook.sources) {
    const file = relative.source(meta.id);
    const data = await read(file, parseSourceFile, `the source “${meta.title}”`);
    if (!data) continue;
    if (data.sourceId !== meta.id) {
      findings.error('inconsistent', file, `${file} belongs to source ${data.sourceId}, not to ${meta.id} as its name says.`, { recordId: meta.id });
      continue;
    }
    onDisk.sources.set(meta.id, data);
  }
  for (const meta of onDisk.notebook.briefs) {
    const file = relative.brief(meta.id);
    const data = await read(file, parseBriefFile, `the brief “${meta.title}”`);
    if (!data) continue;
    if (data.briefId !== meta.id) {
      findings.error('inconsistent', file, `${file} belongs to brief ${data.briefId}, not to ${meta.id} as its name says.`, { recordId: meta.id });
      continue;
    }
    onDisk.briefs.set(meta.id, data);
  }
  return onDisk;
}

async function readParsed<T>(
  folder: string,
  file: string,
  parse: (raw: unknown, path: string) => T,
  what: string,
  findings: Findings,
): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(join(folder, file), 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) findings.error('missing-file', file, missingMessage(file, what));
    else findings.error('damaged-file', file, `${file} cannot be read: ${reason(error)}.`);
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    findings.error('damaged-file', file, `${file} is damaged: it is not valid JSON (${reason(error)}).`);
    return null;
  }
  try {
    return parse(raw, file);
  } catch (error) {
    // The store's parsers name the file and say what is wrong (or that it is from a newer Parley).
    if (!(error instanceof ParleyError)) throw error;
    findings.error('damaged-file', file, error.message);
    return null;
  }
}

function missingMessage(file: string, what: string): string {
  if (file === relative.notebook) return 'notebook.json is missing: this folder is not a Parley notebook, or the file that lists its records was deleted.';
  return `${file} is missing, but the notebook lists ${what}.`;
}
