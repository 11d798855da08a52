import type { Entry, ZipFile } from 'yauzl';
import { allEntries, openZip } from '../zip/open-zip';
import { ParleyError } from '../../../shared/contract';
import { FOLDER_ENTRIES, pathProblem, refused } from './manifest';

/**
 * A bundle is input from outside: it may be damaged, made by hand, or built to harm. The
 * limits leave room for a very large notebook (tens of thousands of sources, long texts
 * with many versions) while refusing archives that would fill memory or the disk.
 */
export const bundleLimits = {
  maxEntries: 50_000,
  maxEntryBytes: 128_000_000,
  maxTotalBytes: 512_000_000,
  /** JSON of real articles compresses 3–10:1; zeros 1000:1. Checked where it can matter. */
  maxRatio: 200,
  ratioCheckedAbove: 1_000_000,
};

/** One inflated entry of a bundle, by its (already vetted) path. */
export type BundleEntries = Map<string, Uint8Array>;

/** Reads every entry of the zip, vetting names and sizes first and counting bytes while inflating. */
export async function readBundleZip(bytes: Uint8Array, only?: (path: string) => boolean): Promise<BundleEntries> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = buffer.subarray(0, 4).toString('latin1');
  if (magic !== 'PK\x03\x04' && magic !== 'PK\x05\x06') throw refused('it is not a zip archive');
  // Names stay raw bytes: `pathProblem` judges them itself, with messages that say why.
  const zip = await openZip(buffer, { decodeStrings: false }).catch(() => {
    throw refused('it is not a readable zip archive (damaged or cut short)');
  });
  try {
    if (zip.entryCount > bundleLimits.maxEntries) {
      throw refused(`it holds ${zip.entryCount} entries, more than any notebook (it may be a zip bomb)`);
    }
    const entries = vetted(
      await allEntries(zip).catch(() => {
        throw refused('its list of entries is damaged');
      }),
    );
    const files: BundleEntries = new Map();
    let total = 0;
    for (const [path, entry] of entries) {
      if (only && !only(path)) continue;
      const inflated = await inflate(zip, entry, path, bundleLimits.maxTotalBytes - total);
      total += inflated.byteLength;
      files.set(path, inflated);
    }
    return files;
  } finally {
    zip.close();
  }
}

/** Names and declared sizes, before a byte is inflated. */
function vetted(entries: Entry[]): Map<string, Entry> {
  const byPath = new Map<string, Entry>();
  let declared = 0;
  for (const entry of entries) {
    const path = entry.fileNameRaw.toString('utf8');
    if (FOLDER_ENTRIES.has(path)) continue;
    const problem = pathProblem(path);
    if (problem) throw refused(problem);
    if (byPath.has(path)) throw refused(`it holds ${path} twice`);
    if (entry.uncompressedSize > bundleLimits.maxEntryBytes) throw refused(`${path} would unpack to ${megabytes(entry.uncompressedSize)}, more than a notebook file can be`);
    declared += entry.uncompressedSize;
    if (declared > bundleLimits.maxTotalBytes) throw refused(`it would unpack to more than ${megabytes(bundleLimits.maxTotalBytes)} (it may be a zip bomb)`);
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > bundleLimits.ratioCheckedAbove && ratio > bundleLimits.maxRatio) {
      throw refused(`${path} inflates ${Math.round(ratio)} times, like a zip bomb`);
    }
    byPath.set(path, entry);
  }
  return byPath;
}

/** Inflates one entry, stopping the moment it passes its limits, whatever its header claimed. */
async function inflate(zip: ZipFile, entry: Entry, path: string, totalLeft: number): Promise<Uint8Array> {
  const limit = Math.min(bundleLimits.maxEntryBytes, totalLeft);
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw refused(`${path} cannot be unpacked (it is damaged or encrypted)`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        throw refused(`${path} unpacks to more than it may (it may be a zip bomb)`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ParleyError) throw error;
    // yauzl's validateEntrySizes: the entry inflates to more (or less) than its header says.
    if (error instanceof Error && /too many bytes/.test(error.message)) throw refused(`${path} is larger than its header declares, like a zip bomb`);
    throw refused(`${path} is damaged and cannot be unpacked`);
  }
  return Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000)} MB`;
}
