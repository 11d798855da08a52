import { normaliseText } from '../../../../shared/text/normalise';
import { decodeTextFile } from '../decode';
import type { ExtractedDocument } from './extracted-document';

/** .txt and .md: the file is the text. Markdown stays as written; its title is found later. */
export function extractPlainText(format: 'txt' | 'md', fileName: string, bytes: Uint8Array): ExtractedDocument {
  return { format, text: normaliseText(decodeTextFile(bytes, fileName)), hints: [] };
}
