/**
 * Reads `--notebook <path>` or `--notebook=<path>` from the process arguments. Electron's
 * argv starts with the executable (and, unpackaged, the main script), so the flag is
 * searched for rather than expected at a position. A flag without a path is a mistake the
 * person should hear about, not a silent fall back to the default notebook.
 */
export function notebookFlagFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return undefined;
    if (arg?.startsWith('--notebook=')) return nonEmpty(arg.slice('--notebook='.length));
    if (arg === '--notebook') return nonEmpty(argv[i + 1]);
  }
  return undefined;
}

function nonEmpty(path: string | undefined): string {
  if (path === undefined || path.trim() === '' || path.startsWith('--')) {
    throw new Error('--notebook needs the path of a notebook folder, e.g. --notebook "~/Documents/Parley/Talks.parley".');
  }
  return path;
}
