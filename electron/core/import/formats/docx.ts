import mammoth from 'mammoth';
import { normaliseText } from '../../../../shared/text/normalise';
import { hintsOfCoreProperties } from './docx-core';
import { unsupportedFile, type ExtractedDocument } from './extracted-document';
import { textOfWordHtml } from './docx-text';
import { checkDocxArchive } from './zip-guard';

/**
 * A Word document's text: every paragraph, heading and list item a paragraph of its own,
 * and a line break inside one stays a line break. The archive is checked for zip bombs
 * first; mammoth only ever sees a zip that unpacks to a bounded size.
 */
export async function extractDocx(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const { coreXml } = await checkDocxArchive(fileName, bytes);
  let raw: string;
  try {
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Images are not text: never read them (mammoth would inline each one as base64).
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    raw = textOfWordHtml(converted.value);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw unsupportedFile(`${fileName} is a damaged Word document: ${why}`);
  }
  const text = normaliseText(raw);
  if (!text) throw unsupportedFile(`${fileName} has no text: the Word document is empty.`);
  return { format: 'docx', text, hints: hintsOfCoreProperties(coreXml) };
}
