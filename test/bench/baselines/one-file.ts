import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Annotation, BriefFile, NotebookFile, SourceFile } from '../../../shared/model';
import { DurableJsonFile } from '../../../electron/core/store/durable-file';
import type { CorpusFile } from '../corpus';

/**
 * The baseline QUALITY.md names: the whole notebook in one lowdb file, as a first version
 * of Parley might have kept it. The same records as the sharded notebook, nothing more.
 */
export interface OneFileNotebook {
  notebook: NotebookFile;
  sources: SourceFile[];
  briefs: BriefFile[];
}

/** Gathers the corpus's files as the generator hands them over. */
export function oneFileCollector(): { onFile(file: CorpusFile): void; result(): OneFileNotebook } {
  const sources: SourceFile[] = [];
  const briefs: BriefFile[] = [];
  let notebook: NotebookFile | undefined;
  return {
    onFile(file) {
      if (file.path === 'notebook.json') notebook = file.data as NotebookFile;
      else if (file.path.startsWith('sources/')) sources.push(file.data as SourceFile);
      else briefs.push(file.data as BriefFile);
    },
    result() {
      if (!notebook) throw new Error('the corpus had no notebook.json');
      return { notebook, sources, briefs };
    },
  };
}

/**
 * Opens the one file as lowdb's stock JSONFile reads it (read, JSON.parse), but writes it
 * the durable way, the same as Parley's own adapter (temp file, fsync, rename, fsync the
 * folder), so the comparison is about how much is written, not about skipping fsync.
 */
export async function openOneFile(path: string): Promise<Low<OneFileNotebook>> {
  const reader = new Low<OneFileNotebook>(new JSONFile<OneFileNotebook>(path), { notebook: undefined!, sources: [], briefs: [] });
  await reader.read();
  return new Low<OneFileNotebook>(new DurableJsonFile<OneFileNotebook>(path), reader.data);
}

/** Saving one annotation into the one file: the whole notebook is serialised and written. */
export async function saveAnnotationInOneFile(db: Low<OneFileNotebook>, sourceIndex: number, annotation: Annotation): Promise<void> {
  const source = db.data.sources[sourceIndex];
  if (!source) throw new Error(`the one-file notebook has no source number ${sourceIndex}`);
  source.annotations.push(annotation);
  await db.write();
}
