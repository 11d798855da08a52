import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Inside node_modules (ignored by git and lint, like tsc's cache there), so the bundle finds the packages. */
const OUT_DIR = fileURLToPath(new URL('../../../node_modules/.cache/parley-bench/', import.meta.url));

const bundles = new Map<string, Promise<string>>();

/**
 * A script for a child process, bundled once into plain JavaScript. Each child then starts
 * in a fraction of a second and its memory is the engine's, not the TypeScript loader's,
 * which `node --import tsx` would add to every measure. Packages stay external.
 */
export function childScript(entry: URL): Promise<string> {
  const source = fileURLToPath(entry);
  let bundled = bundles.get(source);
  if (!bundled) {
    const outfile = join(OUT_DIR, `${source.split(/[\\/]/).pop()!.replace(/\.ts$/, '')}.mjs`);
    bundled = build({
      entryPoints: [source],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    }).then(() => outfile);
    bundles.set(source, bundled);
  }
  return bundled;
}
