import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface NotebookLocationInput {
  /** `--notebook <path>` on the command line, when given. */
  flag?: string;
  env: Record<string, string | undefined>;
  home: string;
}

/**
 * Where the notebook lives: the command-line flag wins, then PARLEY_NOTEBOOK, then a default
 * under Documents so a first launch needs no questions. Always absolute, because the lock and
 * error messages name the path and a relative one would depend on the current directory.
 */
export function resolveNotebookPath({ flag, env, home }: NotebookLocationInput): string {
  const chosen = nonBlank(flag) ?? nonBlank(env['PARLEY_NOTEBOOK']);
  if (chosen === undefined) return resolve(home, 'Documents', 'Parley', 'Notebook.parley');
  return resolve(expandHome(chosen, home));
}

/** Shells expand `~`, but environment files and launchers often pass it through literally. */
export function expandHome(path: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/') || path.startsWith('~\\')) return join(home, path.slice(2));
  return path;
}

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

/** The default inputs of the running process, for doors that have no reason to vary them. */
export function processNotebookLocation(flag?: string): string {
  return resolveNotebookPath({ flag, env: process.env, home: homedir() });
}
