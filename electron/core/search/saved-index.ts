import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_SUFFIX, writeDurably } from '../store/durable-file';
import { INDEX_FORMAT } from './options';
import { compactIndex } from './compact';
import { FIELD_COUNT, WordIndex } from './word-index';

/**
 * The index saved in the notebook folder, so opening a large notebook reads it instead of
 * re-reading every article. It is derived data: anything wrong with it (missing, damaged,
 * from another notebook or an older Parley) means it is rebuilt, never an error.
 */
export interface SavedIndex {
  format: number;
  notebookId: string;
  /** The revision of every record as indexed, to find what changed since. */
  revisions: Record<string, number>;
  words: SavedWords;
}

/**
 * The word index as JSON: documents and words as lists, the postings as base64 of their
 * 32-bit integers (little-endian, as on every machine Parley runs on), decoded in one step
 * into the typed array the index reads them from.
 */
export interface SavedWords {
  docs: string[];
  fieldLengths: number[];
  terms: string[];
  offsets: string;
  postings: string;
  tokens: string;
  tokenOffsets: string;
}

export function savedWordsOf(index: WordIndex): SavedWords {
  const { docs, fieldLengths, terms, offsets, postings, tokens, tokenOffsets } = compactIndex(index);
  return { docs, fieldLengths, terms, offsets: base64Of(offsets), postings: base64Of(postings), tokens: base64Of(tokens), tokenOffsets: base64Of(tokenOffsets) };
}

/** The saved word index, or null when its parts do not fit together. */
export function wordIndexOf(saved: SavedWords): WordIndex | null {
  if (![saved.docs, saved.fieldLengths, saved.terms].every(Array.isArray)) return null;
  const encoded = [saved.offsets, saved.postings, saved.tokens, saved.tokenOffsets];
  if (!encoded.every((part) => typeof part === 'string')) return null;
  const [offsets, postings, tokens, tokenOffsets] = encoded.map(int32sOf) as [Int32Array, Int32Array, Int32Array, Int32Array];
  const fits =
    saved.fieldLengths.length === saved.docs.length * FIELD_COUNT &&
    offsets.length === saved.terms.length * FIELD_COUNT + 1 &&
    offsets[offsets.length - 1] === postings.length &&
    tokenOffsets.length === saved.docs.length + 1 &&
    tokenOffsets[tokenOffsets.length - 1] === tokens.length;
  if (!fits) return null;
  try {
    return WordIndex.fromCompact({ ...saved, offsets, postings, tokens, tokenOffsets });
  } catch {
    return null; // words that are not strings, say: rebuilt like any damage
  }
}

function base64Of(values: Int32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function int32sOf(base64: string): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  // Copied into its own buffer: a Buffer may sit at an offset an Int32Array cannot start at.
  const values = new Int32Array(Math.floor(bytes.length / 4));
  new Uint8Array(values.buffer).set(bytes.subarray(0, values.length * 4));
  return values;
}

const folderOf = (notebookFolder: string) => join(notebookFolder, 'index');
export const savedIndexPath = (notebookFolder: string) => join(folderOf(notebookFolder), 'search.json');

export async function readSavedIndex(notebookFolder: string, notebookId: string): Promise<SavedIndex | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(savedIndexPath(notebookFolder), 'utf8'));
  } catch {
    return null;
  }
  const saved = raw as Partial<SavedIndex> | null;
  const usable =
    saved?.format === INDEX_FORMAT &&
    saved.notebookId === notebookId &&
    typeof saved.revisions === 'object' &&
    saved.revisions !== null &&
    typeof saved.words === 'object' &&
    saved.words !== null;
  return usable ? (saved as SavedIndex) : null;
}

/** Written like every notebook file: a crash leaves the old index or the new one, whole. */
export async function writeSavedIndex(notebookFolder: string, saved: SavedIndex): Promise<void> {
  const folder = folderOf(notebookFolder);
  await mkdir(folder, { recursive: true });
  await removeLeftovers(folder);
  await writeDurably(savedIndexPath(notebookFolder), JSON.stringify(saved));
}

/** Temp files of a save that crashed; the notebook's own cleanup does not look in this folder. */
async function removeLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith(TEMP_SUFFIX)).map((n) => unlink(join(folder, n)).catch(() => {})));
}
