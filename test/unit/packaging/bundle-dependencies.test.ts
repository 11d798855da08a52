import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excludedPackages, loadBuilderConfig, projectDir, type BuilderConfig } from './builder-config';

/*
 * build-electron.mjs bundles our code but leaves every package external, so the packaged
 * app runs only if each package the main bundle imports ships in it: electron-builder
 * carries `dependencies` (never `devDependencies`) minus what `files` leaves out.
 */

let folder: string;
let bundle: string;
let config: BuilderConfig;
let dependencies: Record<string, string>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parley-main-bundle-'));
  const script = pathToFileURL(join(projectDir, 'build', 'build-electron.mjs')).href;
  const { buildMain } = (await import(script)) as { buildMain(outfile: string): Promise<unknown> };
  await buildMain(join(folder, 'main.mjs'));
  bundle = await readFile(join(folder, 'main.mjs'), 'utf8');
  config = await loadBuilderConfig();
  const manifest = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  dependencies = manifest.dependencies ?? {};
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/**
 * Packages the bundle imports when it loads (esbuild hoists static imports to the start of
 * a line). Dynamic `import()` is left out: those sit behind a guard that reports a missing
 * package as unavailable (playwright-core for PDF export outside the desktop app).
 */
function staticPackageImports(code: string): string[] {
  const specifiers = [...code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gm)].map((match) => match[1] ?? '');
  const packages = specifiers
    .filter((specifier) => !specifier.startsWith('node:') && !specifier.startsWith('.') && specifier !== 'electron')
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
  return [...new Set(packages)].sort();
}

describe('the main-process bundle in the packaged app', () => {
  it('imports packages at load time (the reading below is not vacuous)', () => {
    expect(staticPackageImports(bundle)).toEqual(expect.arrayContaining(['zod', 'jsdom', 'pdfjs-dist']));
  });

  it('imports only production dependencies, which electron-builder packs', () => {
    const missing = staticPackageImports(bundle).filter((name) => !(name in dependencies));
    expect(missing, 'packages the bundle imports that are not in package.json dependencies').toEqual([]);
  });

  it('imports no package the files list leaves out of the package', () => {
    const excluded = new Set(excludedPackages(config.files ?? []));
    expect(excluded.size).toBeGreaterThan(0);
    expect(staticPackageImports(bundle).filter((name) => excluded.has(name))).toEqual([]);
  });

  it('finds every one of those packages installed, so it can be collected', async () => {
    for (const name of staticPackageImports(bundle)) {
      await expect(stat(join(projectDir, 'node_modules', name, 'package.json')), name).resolves.toBeTruthy();
    }
  });
});
