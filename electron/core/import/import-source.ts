import { createHash } from 'node:crypto';
import { ParleyError, type ImportOutcome } from '../../../shared/contract';
import { newRecordId, newStamp, SourceFields, type SourceFormat, type SourceMeta, type TextVersion } from '../../../shared/model';
import { normaliseText } from '../../../shared/text/normalise';
import { capTitle, titleOfText } from '../../../shared/text/title';
import type { NotebookStore } from '../store/notebook-store';
import { decodeTextFile } from './decode';

/** The formats this version reads, by lower-case extension. */
const readable: Record<string, SourceFormat> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md' };

/** `sources.importFile`: one .txt or .md file, as bytes. */
export async function importFile(store: NotebookStore, fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
  const name = baseName(fileName);
  const extension = extensionOf(name);
  const format = readable[extension];
  if (!format) {
    const what = extension ? `.${extension} files` : `files without an extension like ${name}`;
    throw new ParleyError('unsupported-file', `Parley cannot import ${what} yet (${name}); it reads .txt and .md files.`);
  }
  const text = normaliseText(decodeTextFile(bytes, name));
  if (text === '') throw new ParleyError('unsupported-file', `${name} is empty: there is no text to import.`);
  const title = titleOfText(text, { markdown: format === 'md', fileName: name });
  return addSource(store, { text, title, fileName: name, format });
}

/** `sources.importText`: text pasted by the researcher. */
export async function importText(store: NotebookStore, pasted: string, title?: string): Promise<ImportOutcome> {
  const text = normaliseText(pasted);
  if (text === '') throw new ParleyError('unsupported-file', 'The pasted text is empty: there is nothing to import.');
  return addSource(store, { text, title: title ? capTitle(title) : titleOfText(text), fileName: null, format: 'paste' });
}

interface NewText {
  text: string;
  title: string;
  fileName: string | null;
  format: SourceFormat;
}

async function addSource(store: NotebookStore, { text, title, fileName, format }: NewText): Promise<ImportOutcome> {
  const now = new Date();
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  const version: TextVersion = { id: newRecordId(), text, hash, createdAt: now.toISOString(), reason: 'imported' };
  const meta: SourceMeta = {
    ...newStamp(now),
    ...SourceFields.parse({ title }),
    importedAt: now.toISOString(),
    fileName,
    format,
    currentVersionId: version.id,
    contentHash: hash,
  };
  const outcome = await store.addSource(meta, version);
  return outcome.status === 'imported'
    ? outcome
    : { status: 'duplicate', existingId: outcome.existing.id, title: outcome.existing.title };
}

/** Doors may send a full path (CLI) or a browser's bare name; only the name is kept. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.trim() || fileName;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
