import { createHash } from 'node:crypto';
import { ParleyError, type ImportOutcome } from '../../../shared/contract';
import { detectBoilerplate, guessFromText, mergeHints, type MetadataHint } from '../../../shared/import';
import { newRecordId, newStamp, SourceFields, type SourceFormat, type SourceMeta, type TextVersion } from '../../../shared/model';
import { normaliseText } from '../../../shared/text/normalise';
import { capTitle, stripExtension, titleOfText } from '../../../shared/text/title';
import type { NotebookStore } from '../store/notebook-store';
import { extractDocument, type ExtractedDocument } from './formats';
import type { SimilarSources } from './similar-sources';

export interface ImportContext {
  store: NotebookStore;
  similar: SimilarSources;
}

/**
 * No article is this long; past it a file is a data dump or an attack, and refusing it keeps
 * the notebook's files (and every later open) small.
 */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/**
 * One file as the text Parley would store, with what the file says about itself. Shared by
 * a new import and a new version of an existing source.
 */
export async function readArticle(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument & { name: string }> {
  const name = baseName(fileName);
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = (bytes.length / 1024 / 1024).toFixed(0);
    throw new ParleyError('unsupported-file', `${name} is ${size} MB; Parley imports articles of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const document = await extractDocument(name, bytes);
  const text = normaliseText(document.text);
  if (text === '') throw new ParleyError('unsupported-file', `${name} is empty: there is no text to import.`);
  return { ...document, text, name };
}

/** `sources.importFile`: one file as bytes, in any format Parley reads. */
export async function importFile({ store, similar }: ImportContext, fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
  const { name, text, ...document } = await readArticle(fileName, bytes);
  const fallbackTitle: MetadataHint = {
    field: 'title',
    value: titleOfText(text, { markdown: document.format === 'md', fileName: name }) || capTitle(stripExtension(name)),
    confidence: 0.2,
    from: 'first-line',
  };
  return addSource(store, similar, { text, fileName: name, format: document.format, hints: [...document.hints, fallbackTitle] });
}

/** `sources.importText`: text pasted by the researcher, with the title they typed if any. */
export async function importText({ store, similar }: ImportContext, pasted: string, title?: string): Promise<ImportOutcome> {
  const text = normaliseText(pasted);
  if (text === '') throw new ParleyError('unsupported-file', 'The pasted text is empty: there is nothing to import.');
  const typed: MetadataHint[] = title ? [{ field: 'title', value: capTitle(title), confidence: 1, from: 'typed' }] : [];
  const firstLine: MetadataHint = { field: 'title', value: titleOfText(text), confidence: 0.2, from: 'first-line' };
  return addSource(store, similar, { text, fileName: null, format: 'paste', hints: [...typed, firstLine] });
}

interface NewText {
  text: string;
  fileName: string | null;
  format: SourceFormat;
  /** What the file or the researcher told us; the text's own clues are added here. */
  hints: MetadataHint[];
}

async function addSource(store: NotebookStore, similar: SimilarSources, input: NewText): Promise<ImportOutcome> {
  const { text, fileName, format } = input;
  const now = new Date();
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  const { fields, guesses } = mergeHints([...input.hints, ...guessFromText(text, { now })]);
  // A typed title is the researcher's word, not a guess to confirm.
  if (guesses.title?.from === 'typed') delete guesses.title;
  const version: TextVersion = { id: newRecordId(), text, hash, createdAt: now.toISOString(), reason: 'imported' };
  const meta: SourceMeta = {
    ...newStamp(now),
    ...SourceFields.parse({ ...fields, metadataConfirmed: false }),
    importedAt: now.toISOString(),
    fileName,
    format,
    currentVersionId: version.id,
    contentHash: hash,
    guesses,
  };
  // Compared before adding, so a source is never reported as similar to itself.
  const similarSources = similar.similarTo(text);
  const outcome = await store.addSource(meta, version);
  if (outcome.status === 'duplicate') {
    return { status: 'duplicate', existingId: outcome.existing.id, title: outcome.existing.title };
  }
  similar.signatureOf(version.id, text);
  return { status: 'imported', source: outcome.source, boilerplate: detectBoilerplate(text), similar: similarSources };
}

/** Doors may send a full path (CLI) or a browser's bare name; only the name is kept. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.trim() || fileName;
}
