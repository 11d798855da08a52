import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './durable-file';

/** Where each file of a notebook lives (ARCHITECTURE.md, "The notebook on disk"). */
export const layout = {
  notebookFile: (folder: string) => join(folder, 'notebook.json'),
  sourcesFolder: (folder: string) => join(folder, 'sources'),
  sourceFile: (folder: string, id: string) => join(folder, 'sources', `${id}.json`),
  briefsFolder: (folder: string) => join(folder, 'briefs'),
  briefFile: (folder: string, id: string) => join(folder, 'briefs', `${id}.json`),
  backupsFolder: (folder: string) => join(folder, 'backups'),
};

/** Entries a folder may hold and still count as empty when a notebook is created in it. */
const IGNORABLE = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.lock', 'sources', 'briefs', 'backups']);

/** True if `folder` holds nothing a person put there (a half-created notebook counts as empty). */
export async function looksEmpty(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.endsWith(TEMP_SUFFIX)) continue;
    if (!IGNORABLE.has(entry.name)) return false;
    if (entry.isDirectory() && (await readdir(join(folder, entry.name))).length > 0) return false;
  }
  return true;
}

/**
 * Temp files left by a process that crashed mid-write. Only called while holding the lock,
 * so no live writer can own them; they are never data (the rename never happened).
 */
export async function removeLeftoverTempFiles(folder: string): Promise<void> {
  for (const dir of [folder, layout.sourcesFolder(folder), layout.briefsFolder(folder)]) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    // The root also holds other processes' pending lock files; those are theirs to clean.
    const leftovers = names.filter((name) => name.endsWith(TEMP_SUFFIX) && !name.startsWith('.lock.'));
    await Promise.all(leftovers.map((name) => unlink(join(dir, name)).catch(() => {})));
  }
}
