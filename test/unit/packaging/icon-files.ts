/*
 * Readers for the icon containers the installers take, written from the formats' layouts:
 * enough to see which images each file holds and at what pixel size.
 */

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngSize {
  width: number;
  height: number;
}

/** A PNG's size from its IHDR chunk, which the format requires to come first. */
export function pngSize(data: Buffer): PngSize {
  if (data.length < 24 || !data.subarray(0, 8).equals(pngSignature)) throw new Error('not a PNG');
  if (data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export interface IcoEntry {
  /** The size the directory declares; a stored 0 means 256. */
  width: number;
  height: number;
  bitsPerPixel: number;
  image: Buffer;
}

/** The directory of an .ico: a 6-byte header, then 16 bytes per image. */
export function icoEntries(data: Buffer): IcoEntry[] {
  if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('not an icon file');
  const count = data.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 6 + index * 16;
    const length = data.readUInt32LE(at + 8);
    const offset = data.readUInt32LE(at + 12);
    if (offset + length > data.length) throw new Error(`icon entry ${index} runs past the end of the file`);
    return {
      width: data.readUInt8(at) || 256,
      height: data.readUInt8(at + 1) || 256,
      bitsPerPixel: data.readUInt16LE(at + 6),
      image: data.subarray(offset, offset + length),
    };
  });
}

export interface IcnsEntry {
  type: string;
  data: Buffer;
}

/** The entries of an .icns: 'icns' and the file length, then (type, length, data) records. */
export function icnsEntries(data: Buffer): IcnsEntry[] {
  if (data.toString('latin1', 0, 4) !== 'icns') throw new Error('not an icns file');
  if (data.readUInt32BE(4) !== data.length) throw new Error('icns length does not match the file');
  const entries: IcnsEntry[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at + 4);
    if (length < 8 || at + length > data.length) throw new Error(`icns entry at ${at} has a bad length`);
    entries.push({ type: data.toString('latin1', at, at + 4), data: data.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}

/** The (type, length) pairs a 'TOC ' entry lists, in order. */
export function icnsTableOfContents(toc: Buffer): { type: string; length: number }[] {
  return Array.from({ length: toc.length / 8 }, (_, index) => ({
    type: toc.toString('latin1', index * 8, index * 8 + 4),
    length: toc.readUInt32BE(index * 8 + 4),
  }));
}

/** Pixel sizes of the PNG-carrying icns types (the @2x types hold twice their point size). */
export const icnsPixelSize: Record<string, number> = {
  icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024,
  ic11: 32, ic12: 64, ic13: 256, ic14: 512,
};
