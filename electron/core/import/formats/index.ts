import type { SourceFormat } from '../../../../shared/model';
import { extractDocx } from './docx';
import { unsupportedFile, type ExtractedDocument } from './extracted-document';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import { extractPlainText } from './plain-text';

export type { ExtractedDocument } from './extracted-document';

/** The formats Parley reads, by lower-case extension. */
const formatByExtension: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

const readableList = '.txt, .md, .html, .htm, .pdf and .docx';

/**
 * One imported file, as bytes, to its plain text and metadata clues. The extension picks the
 * reader and the bytes must agree with it, so a renamed file fails with a sentence about
 * what it really is instead of a parser's stack trace. Throws `ParleyError('unsupported-file')`
 * naming the file; writes nothing.
 */
export async function extractDocument(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const name = baseName(fileName);
  const extension = extensionOf(name);
  const format = formatByExtension[extension];
  if (!format) {
    const what = extension ? `.${extension} files` : `files without an extension like ${name}`;
    throw unsupportedFile(`Parley cannot import ${what} (${name}); it reads ${readableList} files.`);
  }
  if (bytes.length === 0) throw unsupportedFile(`${name} is empty: there is no text to import.`);
  const document = await extractAs(format, name, bytes);
  if (document.text === '') throw unsupportedFile(`${name} is empty: there is no text to import.`);
  return document;
}

function extractAs(format: SourceFormat, name: string, bytes: Uint8Array): Promise<ExtractedDocument> | ExtractedDocument {
  switch (format) {
    case 'html':
      return extractHtml(name, bytes);
    case 'pdf':
      return extractPdf(name, bytes);
    case 'docx':
      return extractDocx(name, bytes);
    case 'txt':
    case 'md':
      return extractPlainText(format, name, bytes);
    case 'paste':
      throw unsupportedFile(`${name}: pasted text is not a file format.`);
  }
}

/** Doors may send a full path (CLI) or a browser's bare name; messages name only the file. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.trim() || fileName;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
