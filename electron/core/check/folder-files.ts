import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NotebookFile } from '../../../shared/model';
import { isErrno, TEMP_SUFFIX } from '../store/durable-file';
import { LOCK_NAME } from '../store/lock';
import type { Findings } from './findings';

/** Where `--repair` puts files it takes out of the notebook, one timestamped folder per run. */
export const SET_ASIDE = 'set-aside';

/**
 * Entries of the notebook folder that are not records: the lock, the backups, what the
 * check set aside, the search index (a cache the search rebuilds) and what operating
 * systems drop into folders they show.
 */
const KNOWN_AT_ROOT = new Set(['notebook.json', LOCK_NAME, 'sources', 'briefs', 'backups', SET_ASIDE, 'index']);
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
const RECORD_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/;

/**
 * Files in the notebook's own folders (the root, sources/, briefs/) that no record owns: a
 * source or brief file notebook.json does not list (a crash between writing it and listing
 * it, or a deletion that could not finish), temp files of interrupted writes, and anything
 * else someone put there. Files in backups/ and set-aside/ are not the notebook's.
 */
export async function checkFolderFiles(folder: string, notebook: NotebookFile | null, findings: Findings): Promise<void> {
  const root = await entries(folder);
  for (const entry of root) {
    if (entry.name.endsWith(TEMP_SUFFIX)) {
      // Pending lock files belong to whoever is taking the lock; lock.ts cleans its own.
      if (!entry.name.startsWith(`${LOCK_NAME}.`)) leftover(entry.name, findings);
    } else if (!KNOWN_AT_ROOT.has(entry.name) && !SYSTEM_FILES.has(entry.name)) {
      findings.warning('orphaned-file', entry.name, `${entry.name} is not part of the notebook; Parley leaves it alone.`);
    }
  }
  // Without notebook.json nothing is listed, and calling every file orphaned would mislead.
  if (!notebook) return;
  const folders = [
    { name: 'sources', listed: new Set(notebook.sources.map((s) => `${s.id}.json`)), what: 'source' },
    { name: 'briefs', listed: new Set(notebook.briefs.map((b) => `${b.id}.json`)), what: 'brief' },
  ];
  for (const { name, listed, what } of folders) {
    for (const entry of await entries(join(folder, name))) {
      const file = `${name}/${entry.name}`;
      if (entry.name.endsWith(TEMP_SUFFIX)) leftover(file, findings);
      else if (listed.has(entry.name)) continue;
      else if (RECORD_FILE.test(entry.name) && entry.isFile()) {
        findings.warning('orphaned-file', file, `${file} looks like a ${what} file, but notebook.json does not list it.`, { repairable: true });
      } else if (!SYSTEM_FILES.has(entry.name)) {
        findings.warning('orphaned-file', file, `${file} is not part of the notebook; Parley leaves it alone.`);
      }
    }
  }
}

function leftover(file: string, findings: Findings): void {
  findings.warning('leftover-temp-file', file, `${file} is left over from a save that was interrupted; it holds nothing the notebook needs.`, {
    repairable: true,
  });
}

async function entries(folder: string) {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
}
