// Bundles the desktop shell with esbuild: the main process and the preload, each into one
// file in dist/electron/, with `electron` left for the runtime to provide.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { join } from 'node:path';
import console from 'node:console';
import process from 'node:process';

const root = fileURLToPath(new URL('..', import.meta.url));
export const electronOutDir = join(root, 'dist', 'electron');

/**
 * The main process as an ES module (Electron supports an ESM main since 28), so it finds
 * the preload and the renderer through `import.meta.dirname`. Our own code is bundled;
 * packages stay in node_modules, where the packaged app carries them: some (jsdom,
 * pdf.js) read files beside their own sources and cannot be folded into one file.
 */
export function buildMain(outfile = join(electronOutDir, 'main.mjs')) {
  return build({
    entryPoints: [join(root, 'electron', 'main', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

/**
 * A sandboxed preload gets no Node and no module loader beyond `require('electron')`, so
 * it must be a single CommonJS file. `platform: 'browser'` makes the build fail if anything
 * it imports reaches for a Node built-in, instead of failing at runtime in the window.
 */
export function buildPreload(outfile = join(electronOutDir, 'preload.cjs')) {
  return build({
    entryPoints: [join(root, 'electron', 'preload', 'preload.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    logLevel: 'warning',
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await Promise.all([buildMain(), buildPreload()]);
  console.log(`Built the desktop shell into ${electronOutDir}`);
}
