import type { Entry, ZipFile } from 'yauzl';
import { allEntries, openZip } from '../../zip/open-zip';
import { unsupportedFile } from './extracted-document';

/**
 * A .docx is a zip, and a zip can inflate a few kilobytes into gigabytes. The guard reads
 * the archive with yauzl before the Word reader touches it: it refuses archives with too
 * many entries or too many declared bytes, entries with an absurd compression ratio, and
 * then inflates every entry as a stream, counting, so sizes that lie are caught too.
 * A real article's .docx has a few dozen entries and well under 10 MB of XML.
 */
export const zipLimits = {
  maxEntries: 2_000,
  maxTotalBytes: 100_000_000,
  /** XML compresses 10–30:1; zeros compress 1000:1. Checked only where it can matter. */
  maxRatio: 200,
  ratioCheckedAbove: 1_000_000,
  maxCoreXmlBytes: 1_000_000,
};

export interface CheckedDocx {
  /** docProps/core.xml, the document's properties, when present. */
  coreXml: string | null;
}

export async function checkDocxArchive(fileName: string, bytes: Uint8Array): Promise<CheckedDocx> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw unsupportedFile(
      `${fileName} is not a Word document Parley can read: it is an old-style .doc file or a password-protected .docx. Save it as an unprotected .docx and import that.`,
    );
  }
  if (!buffer.subarray(0, 2).equals(Buffer.from('PK'))) throw notWord(fileName, 'it is not a zip archive');

  const zip = await openZip(buffer, { strictFileNames: false }).catch(() => {
    throw notWord(fileName, 'it is not a readable zip archive');
  });
  try {
    if (zip.entryCount > zipLimits.maxEntries) throw bomb(fileName, `${zip.entryCount} entries`);
    const entries = await allEntries(zip);
    let declared = 0;
    for (const entry of entries) {
      declared += entry.uncompressedSize;
      if (declared > zipLimits.maxTotalBytes) throw bomb(fileName, `more than ${zipLimits.maxTotalBytes / 1_000_000} MB once unpacked`);
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > zipLimits.ratioCheckedAbove && ratio > zipLimits.maxRatio) {
        throw bomb(fileName, `${entry.fileName} inflates ${Math.round(ratio)} times`);
      }
    }
    if (!entries.some((entry) => entry.fileName === 'word/document.xml')) throw notWord(fileName, 'it has no word/document.xml');

    let inflated = 0;
    let coreXml: string | null = null;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const keep = entry.fileName === 'docProps/core.xml' && entry.uncompressedSize <= zipLimits.maxCoreXmlBytes;
      const chunks: Buffer[] = [];
      inflated = await inflateCounting(zip, entry, inflated, keep ? chunks : null, fileName);
      if (keep) coreXml = Buffer.concat(chunks).toString('utf8');
    }
    return { coreXml };
  } finally {
    zip.close();
  }
}

/** Inflates one entry, adding its bytes to `sofar` and stopping the moment the total passes the limit. */
async function inflateCounting(zip: ZipFile, entry: Entry, sofar: number, keep: Buffer[] | null, fileName: string): Promise<number> {
  let total = sofar;
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw notWord(fileName, `its part ${entry.fileName} cannot be unpacked`);
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > zipLimits.maxTotalBytes) {
        stream.destroy();
        throw bomb(fileName, `more than ${zipLimits.maxTotalBytes / 1_000_000} MB once unpacked`);
      }
      keep?.push(chunk);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ParleyError') throw error;
    // yauzl's validateEntrySizes: the entry inflates to more than its header declares.
    if (error instanceof Error && /too many bytes/.test(error.message)) throw bomb(fileName, `${entry.fileName} is larger than it declares`);
    throw notWord(fileName, `its part ${entry.fileName} is damaged`);
  }
  return total;
}

function bomb(fileName: string, why: string): Error {
  return unsupportedFile(`${fileName} looks like a zip bomb (${why}); Parley did not unpack it.`);
}

function notWord(fileName: string, why: string): Error {
  return unsupportedFile(`${fileName} is not a Word document (${why}).`);
}
