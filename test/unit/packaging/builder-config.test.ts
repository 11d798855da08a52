import Ajv, { type ValidateFunction } from 'ajv';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuilderConfig, loadBuilderSchema, projectDir, type BuilderConfig } from './builder-config';

/*
 * `npm run dist` needs the network (Electron's runtime, the builders' binaries), so the
 * configuration is checked here, offline, against the schema electron-builder itself
 * validates with before it packs anything.
 */

let config: BuilderConfig;
let validate: ValidateFunction;

beforeAll(async () => {
  config = await loadBuilderConfig();
  const schema = await loadBuilderSchema();
  // ajv 8's default dialect is draft-07, the one the schema declares. strict is off as in
  // electron-builder's own validator: the schema carries a custom `typeof` keyword.
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
});

describe('electron-builder configuration', () => {
  it('is valid against electron-builder’s own schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be rejected by the same schema with a misspelled option', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } })).toBe(false);
    expect(validate({ ...config, productname: 'Parley' })).toBe(false);
  });

  it('names the app and packs it into an asar archive, native addons unpacked', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe('Parley');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('builds AppImage and deb on Linux, dmg on macOS and nsis on Windows', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac?.target).toContain('dmg');
    expect(config.win?.target).toContain('nsis');
  });

  it('offers Windows users an assisted per-user install in a folder they choose', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('files the app where each desktop lists it, with a hardened runtime on macOS', () => {
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.mac?.hardenedRuntime).toBe(true);
  });

  it('gives the deb target the homepage and maintainer address it refuses to build without', () => {
    expect(config.extraMetadata?.homepage).toMatch(/^https:\/\//);
    expect(config.linux?.maintainer).toMatch(/^[^<>]+ <[^@<>\s]+@[^@<>\s]+>$/);
  });
});

describe('what the packaged app carries', () => {
  it('starts at the main-process bundle build-electron.mjs writes', async () => {
    const script = pathToFileURL(join(projectDir, 'build', 'build-electron.mjs')).href;
    const { electronOutDir } = (await import(script)) as { electronOutDir: string };
    expect(config.extraMetadata?.main).toBeDefined();
    expect(resolve(projectDir, config.extraMetadata?.main ?? '')).toBe(join(electronOutDir, 'main.mjs'));
  });

  it('names the app Parley at run time, so Electron’s userData folder is the one the session reads', async () => {
    const { appConfigFolder } = await import('../../../electron/core/session/app-folders');
    const folderName = basename(appConfigFolder({}, 'linux', '/home/someone'));
    expect(config.extraMetadata?.productName).toBe(config.productName);
    expect(config.extraMetadata?.productName).toBe(folderName);
  });

  it('includes the shell bundles, the renderer Vite builds and package.json, and no source maps', async () => {
    const viteScript = pathToFileURL(join(projectDir, 'build', 'vite.config.ts')).href;
    const { default: viteConfig } = (await import(viteScript)) as { default: { build?: { outDir?: string } } };
    const rendererDir = viteConfig.build?.outDir ?? '';
    expect(rendererDir).not.toBe('');
    const files = config.files ?? [];
    expect(files).toContain('package.json');
    expect(files).toContain(`${dirnameOf(config.extraMetadata?.main)}/**`);
    expect(files).toContain(`${relativeToProject(rendererDir)}/**`);
    expect(files).toContain('!dist/**/*.map');
  });

  it('writes installers outside the folders it packs', () => {
    const output = `${config.directories?.output ?? ''}/`;
    expect(output).not.toBe('/');
    for (const pattern of config.files ?? []) {
      if (pattern.startsWith('!')) continue;
      const fixedPart = pattern.split('*')[0] ?? '';
      expect(output.startsWith(fixedPart), `${pattern} would pack ${output}`).toBe(false);
    }
  });
});

function dirnameOf(path: string | undefined): string {
  return (path ?? '').split('/').slice(0, -1).join('/');
}

function relativeToProject(path: string): string {
  return resolve(path).slice(projectDir.length + 1).split('\\').join('/');
}
