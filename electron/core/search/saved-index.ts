import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { TEMP_SUFFIX, writeDurably } from '../store/durable-file';
import { INDEX_FORMAT } from './options';

/**
 * The index saved in the notebook folder, so opening a large notebook reads it instead of
 * re-reading every article. It is derived data: anything wrong with it (missing, damaged,
 * from another notebook or an older Parley) means it is rebuilt, never an error.
 */
export interface SavedIndex {
  format: number;
  notebookId: string;
  /** The revision of every record as indexed, to find what changed since. */
  revisions: Record<string, number>;
  index: AsPlainObject;
}

const folderOf = (notebookFolder: string) => join(notebookFolder, 'index');
export const savedIndexPath = (notebookFolder: string) => join(folderOf(notebookFolder), 'search.json');

export async function readSavedIndex(notebookFolder: string, notebookId: string): Promise<SavedIndex | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(savedIndexPath(notebookFolder), 'utf8'));
  } catch {
    return null;
  }
  const saved = raw as Partial<SavedIndex> | null;
  const usable =
    saved?.format === INDEX_FORMAT &&
    saved.notebookId === notebookId &&
    typeof saved.revisions === 'object' &&
    saved.revisions !== null &&
    typeof saved.index === 'object' &&
    saved.index !== null;
  return usable ? (saved as SavedIndex) : null;
}

/** Written like every notebook file: a crash leaves the old index or the new one, whole. */
export async function writeSavedIndex(notebookFolder: string, saved: SavedIndex): Promise<void> {
  const folder = folderOf(notebookFolder);
  await mkdir(folder, { recursive: true });
  await removeLeftovers(folder);
  await writeDurably(savedIndexPath(notebookFolder), JSON.stringify(saved));
}

/** Temp files of a save that crashed; the notebook's own cleanup does not look in this folder. */
async function removeLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith(TEMP_SUFFIX)).map((n) => unlink(join(folder, n)).catch(() => {})));
}
