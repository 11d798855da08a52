// Renders build/icon.svg into the icons electron-builder packs: PNGs per size for Linux
// (build/icons/<size>x<size>.png), build/icon.ico for Windows and build/icon.icns for macOS.
// Run by hand after changing the logo (`node scripts/make-icons.mjs`); the outputs are
// committed, so packaging never needs a browser. Uses the system Chromium, offline.
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = join(root, 'build');
const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];

// Below this size the margin macOS wants around the square costs too many pixels: the
// smallest icons show the square edge to edge (the same crop on every platform).
const tightBelow = 64;
const fullView = '0 0 1024 1024';
const tightView = '80 80 864 864';

// Windows reads PNG entries in .ico from Vista on; 256 is the largest an .ico holds.
const icoSizes = [16, 32, 48, 64, 128, 256];

// macOS icon types that carry PNG data, by the pixel size each holds (@2x types included).
const icnsTypes = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512],
  ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];

/** Draws the logo once per size in one headless page; nothing is fetched from anywhere. */
async function renderPngs(svg) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    const pngs = new Map();
    for (const size of sizes) {
      const view = size <= tightBelow ? tightView : fullView;
      const sized = svg.replace(/viewBox="[^"]*" width="\d+" height="\d+"/, `viewBox="${view}" width="${size}" height="${size}"`);
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
      pngs.set(size, png);
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** An .ico: a 6-byte header, one 16-byte directory entry per image, then the PNGs. */
function packIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon (2 would be a cursor)
  header.writeUInt16LE(icoSizes.length, 4);
  const directory = Buffer.alloc(16 * icoSizes.length);
  let offset = header.length + directory.length;
  icoSizes.forEach((size, index) => {
    const png = pngs.get(size);
    const at = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at); // width; 0 stands for 256
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1); // height
    directory.writeUInt8(0, at + 2); // no palette
    directory.writeUInt8(0, at + 3); // reserved
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...icoSizes.map((size) => pngs.get(size))]);
}

/** An .icns: 'icns' and the total length, a 'TOC ' listing the entries, then each entry. */
function packIcns(pngs) {
  const entries = icnsTypes.map(([type, size]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + pngs.get(size).length, 4);
    return Buffer.concat([head, pngs.get(size)]);
  });
  const toc = Buffer.alloc(8 + 8 * entries.length);
  toc.write('TOC ', 0, 'latin1');
  toc.writeUInt32BE(toc.length, 4);
  entries.forEach((entry, index) => entry.copy(toc, 8 + index * 8, 0, 8));
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + toc.length + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([header, toc, ...entries]);
}

const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');
const pngs = await renderPngs(svg);
await mkdir(join(buildDir, 'icons'), { recursive: true });
for (const [size, png] of pngs) await writeFile(join(buildDir, 'icons', `${size}x${size}.png`), png);
await writeFile(join(buildDir, 'icon.ico'), packIco(pngs));
await writeFile(join(buildDir, 'icon.icns'), packIcns(pngs));
console.log(`Wrote ${pngs.size} PNGs to build/icons/, build/icon.ico and build/icon.icns`);
