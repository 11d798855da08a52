import { fromBuffer, type Entry, type Options, type ZipFile } from 'yauzl';

/**
 * A zip held in memory, opened for reading one entry at a time, with every entry's
 * inflated size checked against its header (a zip bomb may declare small sizes). Callers
 * count what they inflate themselves and word their own errors.
 */
export function openZip(buffer: Buffer, options: Pick<Options, 'decodeStrings' | 'strictFileNames'> = {}): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, { ...options, lazyEntries: true, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

/** Every entry of the central directory, without inflating any. */
export function allEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}
