import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** The project folder: electron-builder resolves `directories` and `files` against it. */
export const projectDir = resolve(import.meta.dirname, '..', '..', '..');
export const configPath = join(projectDir, 'build', 'electron-builder.yml');
export const schemaPath = join(projectDir, 'node_modules', 'app-builder-lib', 'scheme.json');

/** The parts of the configuration these tests read; the schema checks the whole of it. */
export interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  extraMetadata?: { main?: string; productName?: string; author?: { name?: string; email?: string } | string; homepage?: string };
  files?: string[];
  asar?: boolean;
  asarUnpack?: string[];
  linux?: { target?: string[]; icon?: string; category?: string; maintainer?: string };
  mac?: { target?: string[]; icon?: string; category?: string; hardenedRuntime?: boolean };
  win?: { target?: string[]; icon?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean; allowToChangeInstallationDirectory?: boolean; installerIcon?: string; uninstallerIcon?: string };
  [option: string]: unknown;
}

// js-yaml comes with electron-builder and has no type declarations here: load it untyped.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

export async function loadBuilderConfig(): Promise<BuilderConfig> {
  return yaml.load(await readFile(configPath, 'utf8')) as BuilderConfig;
}

export async function loadBuilderSchema(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(schemaPath, 'utf8')) as Record<string, unknown>;
}

export function buildResourcesDir(config: BuilderConfig): string {
  return resolve(projectDir, config.directories?.buildResources ?? 'build');
}

/**
 * Where electron-builder finds a resource such as an icon: in buildResources first, then in
 * the project folder (its own lookup order). Undefined when it is in neither.
 */
export async function findResource(config: BuilderConfig, reference: string): Promise<string | undefined> {
  for (const candidate of [resolve(buildResourcesDir(config), reference), resolve(projectDir, reference)]) {
    if (await stat(candidate).then(() => true, () => false)) return candidate;
  }
  return undefined;
}

/** The package names a `files` list leaves out with `!node_modules/<name>/**`. */
export function excludedPackages(files: string[]): string[] {
  return files.flatMap((pattern) => {
    const match = /^!node_modules\/((?:@[^/]+\/)?[^/]+)\/\*\*$/.exec(pattern);
    return match?.[1] ? [match[1]] : [];
  });
}
