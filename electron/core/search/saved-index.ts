import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_SUFFIX, writeDurably } from '../store/durable-file';
import { INDEX_FORMAT } from './options';
import { FIELD_COUNT, type CompactIndex } from './word-index';

/**
 * The index saved in the notebook folder, so opening a large notebook reads it instead of
 * re-reading every article. It is derived data: anything wrong with it (missing, damaged,
 * from another notebook or an older Parley) means it is rebuilt, never an error.
 */
export interface SavedIndex {
  /** The revision of every record as indexed, to find what changed since. */
  revisions: Record<string, number>;
  words: CompactIndex;
}

/**
 * One file: a 4-byte length, a JSON header (what is small or textual: ids, words,
 * revisions, and the length of each number array), then the number arrays as 32-bit
 * integers (little-endian, as on every machine Parley runs on), read back as typed arrays
 * over the file's own bytes, with no parsing per number.
 */
interface Header {
  format: number;
  notebookId: string;
  revisions: Record<string, number>;
  docs: string[];
  terms: string[];
  lengths: Record<ArrayPart, number>;
}

const ARRAY_PARTS = ['fieldLengths', 'offsets', 'postings', 'tokens', 'tokenOffsets'] as const;
type ArrayPart = (typeof ARRAY_PARTS)[number];

const folderOf = (notebookFolder: string) => join(notebookFolder, 'index');
export const savedIndexPath = (notebookFolder: string) => join(folderOf(notebookFolder), 'search.bin');

export async function readSavedIndex(notebookFolder: string, notebookId: string): Promise<SavedIndex | null> {
  try {
    const bytes = await readFile(savedIndexPath(notebookFolder));
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as Header;
    if (header.format !== INDEX_FORMAT || header.notebookId !== notebookId) return null;
    const data = int32sOf(bytes.subarray(alignedAfter(headerLength)));
    const parts = {} as Record<ArrayPart, Int32Array>;
    let at = 0;
    for (const part of ARRAY_PARTS) {
      parts[part] = data.subarray(at, at + header.lengths[part]);
      at += header.lengths[part];
    }
    const words = { docs: header.docs, terms: header.terms, ...parts };
    return at === data.length && fits(words) && typeof header.revisions === 'object' ? { revisions: header.revisions, words } : null;
  } catch {
    return null;
  }
}

/** Written like every notebook file: a crash leaves the old index or the new one, whole. */
export async function writeSavedIndex(notebookFolder: string, notebookId: string, saved: SavedIndex): Promise<void> {
  const { words } = saved;
  const lengths = Object.fromEntries(ARRAY_PARTS.map((part) => [part, words[part].length])) as Record<ArrayPart, number>;
  const header: Header = { format: INDEX_FORMAT, notebookId, revisions: saved.revisions, docs: words.docs, terms: words.terms, lengths };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = alignedAfter(headerBytes.length);
  const file = Buffer.alloc(start + ARRAY_PARTS.reduce((sum, part) => sum + words[part].byteLength, 0));
  file.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(file, 4);
  let at = start;
  for (const part of ARRAY_PARTS) {
    const values = words[part];
    file.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), at);
    at += values.byteLength;
  }
  const folder = folderOf(notebookFolder);
  await mkdir(folder, { recursive: true });
  await removeLeftovers(folder);
  await writeDurably(savedIndexPath(notebookFolder), file);
}

/** Whether the parts of a compact index agree with each other. */
function fits(words: CompactIndex): boolean {
  const { docs, terms, fieldLengths, offsets, postings, tokens, tokenOffsets } = words;
  return (
    Array.isArray(docs) &&
    docs.every((id) => typeof id === 'string') &&
    Array.isArray(terms) &&
    terms.every((term) => typeof term === 'string') &&
    fieldLengths.length === docs.length * FIELD_COUNT &&
    offsets.length === terms.length * FIELD_COUNT + 1 &&
    offsets[offsets.length - 1] === postings.length &&
    tokenOffsets.length === docs.length + 1 &&
    tokenOffsets[tokenOffsets.length - 1] === tokens.length
  );
}

/** Where the numbers start: after the length and the header, at a multiple of 4. */
function alignedAfter(headerLength: number): number {
  return Math.ceil((4 + headerLength) / 4) * 4;
}

function int32sOf(bytes: Buffer): Int32Array {
  if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4));
  // A Buffer may start where an Int32Array cannot; then the numbers are copied once.
  const values = new Int32Array(Math.floor(bytes.length / 4));
  new Uint8Array(values.buffer).set(bytes.subarray(0, values.length * 4));
  return values;
}

/** Temp files of a save that crashed; the notebook's own cleanup does not look in this folder. */
async function removeLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith(TEMP_SUFFIX)).map((n) => unlink(join(folder, n)).catch(() => {})));
}
