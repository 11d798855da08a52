import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BriefFile, NotebookFile, SourceFile } from '../../../shared/model';
import { notebookFiles, type CorpusFile, type CorpusSize } from './notebook';

/** Files written at once: enough to keep the disk busy, few enough to stay clear of EMFILE. */
const IN_FLIGHT = 64;

/** What the rows need to know about a written notebook, without reading it back. */
export interface WrittenCorpus {
  folder: string;
  notebook: NotebookFile;
  annotations: number;
  /** The first source's id and text length, for rows that annotate or read one source. */
  firstSource: { id: string; length: number };
}

/**
 * Writes a notebook folder straight from the generator, bypassing the contract (40,000
 * `annotations.create` calls would take minutes): the files have the real zod shapes, and
 * `openNotebook` validates every one of them when a row opens the folder. Setup, not
 * measured, so plain writes without fsync. `onFile` sees every file, for the one-file baseline.
 */
export async function writeCorpus(folder: string, seed: number, size: CorpusSize, onFile?: (file: CorpusFile) => void): Promise<WrittenCorpus> {
  for (const dir of ['sources', 'briefs', 'backups']) await mkdir(join(folder, dir), { recursive: true });
  let pending: Promise<void>[] = [];
  let notebook: NotebookFile | undefined;
  let annotations = 0;
  let firstSource: WrittenCorpus['firstSource'] | undefined;
  for (const file of notebookFiles(seed, size)) {
    onFile?.(file);
    if (file.path === 'notebook.json') {
      notebook = file.data;
      continue; // last, once every file it lists is on disk
    }
    if (isSource(file)) {
      annotations += file.data.annotations.length;
      firstSource ??= { id: file.data.sourceId, length: file.data.versions[0]!.text.length };
    }
    pending.push(writeFile(join(folder, file.path), JSON.stringify(file.data)));
    if (pending.length >= IN_FLIGHT) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  if (!notebook || !firstSource) throw new Error('the corpus generator wrote no notebook.json or no source');
  await writeFile(join(folder, 'notebook.json'), JSON.stringify(notebook));
  return { folder, notebook, annotations, firstSource };
}

export function isSource(file: CorpusFile): file is { path: `sources/${string}.json`; data: SourceFile } {
  return file.path.startsWith('sources/');
}

export function isBrief(file: CorpusFile): file is { path: `briefs/${string}.json`; data: BriefFile } {
  return file.path.startsWith('briefs/');
}
