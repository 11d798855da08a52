import { isAbsolute, resolve } from 'node:path';

/**
 * What a launch asks Parley to do: notebooks to open and files to import. The first
 * launch reads its own argv; a second launch's argv arrives through the single-instance
 * lock, and macOS hands files over one by one in `open-file` events.
 */
export interface LaunchRequest {
  readonly notebooks: readonly string[];
  readonly imports: readonly string[];
}

/** What Parley imports as sources (see sources.importFile). Anything else is taken for a notebook folder. */
const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'];

/**
 * Reads a launch's argv. `skip` is how many leading entries are Electron's own: the
 * executable, and unpackaged also the main script. Flags are skipped (Chromium adds its
 * own, such as `--allow-file-access-from-files`), except `--notebook P`. Relative paths
 * resolve against the launch's working folder, which for a second instance is not ours.
 */
export function launchRequestFrom(argv: readonly string[], { skip, cwd }: { skip: number; cwd: string }): LaunchRequest {
  const notebooks: string[] = [];
  const imports: string[] = [];
  const args = argv.slice(skip);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--notebook') {
      const path = args[++i];
      if (path !== undefined && path.trim() !== '' && !path.startsWith('-')) notebooks.push(absolute(path, cwd));
    } else if (arg.startsWith('--notebook=')) {
      const path = arg.slice('--notebook='.length);
      if (path.trim() !== '') notebooks.push(absolute(path, cwd));
    } else if (arg.startsWith('-') || arg.trim() === '') {
      continue;
    } else {
      (isSourceFile(arg) ? imports : notebooks).push(absolute(arg, cwd));
    }
  }
  return { notebooks, imports };
}

/** macOS `open-file`: one path, a notebook folder dropped on the dock icon or a file to import. */
export function launchRequestOfPath(path: string): LaunchRequest {
  return isSourceFile(path) ? { notebooks: [], imports: [path] } : { notebooks: [path], imports: [] };
}

export function isEmptyRequest(request: LaunchRequest): boolean {
  return request.notebooks.length === 0 && request.imports.length === 0;
}

/** How many argv entries belong to Electron: the executable, and the script when run unpackaged. */
export function electronArgCount(defaultApp: boolean): number {
  return defaultApp ? 2 : 1;
}

function isSourceFile(path: string): boolean {
  const lower = path.toLowerCase();
  return SOURCE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function absolute(path: string, cwd: string): string {
  const trimmed = path.trim();
  return isAbsolute(trimmed) ? trimmed : resolve(cwd, trimmed);
}
