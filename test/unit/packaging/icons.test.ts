import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildResourcesDir, findResource, loadBuilderConfig, type BuilderConfig } from './builder-config';
import { icnsEntries, icnsPixelSize, icnsTableOfContents, icoEntries, pngSize } from './icon-files';

/*
 * Each installer takes its icon in its own container: a folder of PNGs named by size for
 * Linux, an .ico for Windows, an .icns for macOS. electron-builder refuses an .ico without a
 * 256-pixel image and a macOS icon smaller than 512; the desktops scale down, never up well.
 */

let config: BuilderConfig;

beforeAll(async () => {
  config = await loadBuilderConfig();
});

async function resource(reference: string | undefined): Promise<string> {
  expect(reference, 'an icon is configured').toBeDefined();
  const path = await findResource(config, reference ?? '');
  expect(path, `${reference} exists beside the configuration`).toBeDefined();
  return path ?? '';
}

describe('installer icons', () => {
  it('every icon the configuration names exists, as does the buildResources folder', async () => {
    await expect(readdir(buildResourcesDir(config))).resolves.toContain('electron-builder.yml');
    for (const reference of [config.linux?.icon, config.mac?.icon, config.win?.icon, config.nsis?.installerIcon, config.nsis?.uninstallerIcon]) {
      await resource(reference);
    }
  });

  it('Linux gets square PNGs named by their true size, from 16 to 512 pixels', async () => {
    const folder = await resource(config.linux?.icon);
    const names = (await readdir(folder)).filter((name) => name.endsWith('.png'));
    const sizes: number[] = [];
    for (const name of names) {
      const declared = /^(\d+)x(\d+)\.png$/.exec(name);
      expect(declared, `${name} is named <size>x<size>.png`).not.toBeNull();
      const { width, height } = pngSize(await readFile(join(folder, name)));
      expect({ width, height }, name).toEqual({ width: Number(declared?.[1]), height: Number(declared?.[2]) });
      sizes.push(width);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
  });

  it('Windows gets an .ico of 32-bit PNG images from 16 to 256 pixels, each its declared size', async () => {
    const entries = icoEntries(await readFile(await resource(config.win?.icon)));
    for (const entry of entries) {
      expect(pngSize(entry.image)).toEqual({ width: entry.width, height: entry.height });
      expect(entry.bitsPerPixel).toBe(32);
    }
    expect(entries.map((entry) => entry.width)).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('macOS gets an .icns whose table of contents lists its PNG images up to 1024 pixels', async () => {
    const entries = icnsEntries(await readFile(await resource(config.mac?.icon)));
    const images = entries.filter((entry) => entry.type !== 'TOC ');
    for (const image of images) {
      const size = icnsPixelSize[image.type];
      expect(size, `${image.type} is a PNG icon type`).toBeDefined();
      expect(pngSize(image.data)).toEqual({ width: size, height: size });
    }
    expect(images.map((image) => image.type)).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));

    const toc = entries.find((entry) => entry.type === 'TOC ');
    expect(toc).toBeDefined();
    expect(icnsTableOfContents(toc?.data ?? Buffer.alloc(0))).toEqual(
      images.map((image) => ({ type: image.type, length: image.data.length + 8 })),
    );
  });

  it('the logo they are drawn from keeps the 1024 grid scripts/make-icons.mjs resizes', async () => {
    const svg = await readFile(join(buildResourcesDir(config), 'icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]* viewBox="0 0 1024 1024" width="1024" height="1024"/);
  });
});
