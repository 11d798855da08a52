import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { normaliseText } from '../../../../shared/text/normalise';
import { unsupportedFile, type ExtractedDocument } from './extracted-document';
import { hintsOfPdfInfo } from './pdf-hints';
import { paragraphsOfPage, type PositionedText } from './pdf-layout';

/**
 * A PDF's text layer to plain text. pdf.js reads the file in this process with everything
 * that could run or load something turned off: no eval'd font programs, no system or web
 * fonts (text extraction needs only the fonts' encodings), no network.
 */
export async function extractPdf(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  if (!hasPdfHeader(bytes)) throw unsupportedFile(`${fileName} is not a PDF file (it does not start with %PDF-).`);
  const { getDocument } = await import('./pdf-engine');
  const task = getDocument({
    // pdf.js may take ownership of the buffer it is given; the caller keeps its own.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    // Errors only: a damaged but readable file makes pdf.js chatty on the console.
    verbosity: 0,
    ...localCMaps(),
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openFailure(fileName, error);
  }
  try {
    const paragraphs: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      paragraphs.push(...paragraphsOfPage(content.items.flatMap(positioned)));
      page.cleanup();
    }
    const text = normaliseText(paragraphs.join('\n\n'));
    if (!text) {
      throw unsupportedFile(`${fileName} has no text layer (it is probably a scan); Parley cannot read text from images.`);
    }
    const metadata = await pdf.getMetadata().catch(() => null);
    return { format: 'pdf', text, hints: hintsOfPdfInfo(metadata?.info) };
  } catch (error) {
    if (error instanceof Error && error.name === 'ParleyError') throw error;
    throw unsupportedFile(`${fileName} could not be read as a PDF: ${messageOf(error)}`);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** The header may follow a little junk (some mail gateways prepend a line); pdf.js allows that too. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function positioned(item: object): PositionedText[] {
  if (!('str' in item) || !('transform' in item)) return [];
  const { str, transform, width, height, hasEOL } = item as { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };
  const [a = 0, b = 0, , , x = 0, y = 0] = transform;
  return [{ str, x, y, width, size: height || Math.hypot(a, b), hasEOL }];
}

function openFailure(fileName: string, error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return unsupportedFile(
      `${fileName} is protected by a password; Parley cannot read encrypted PDFs. Save an unprotected copy (for example with “Print to PDF”) and import that.`,
    );
  }
  if (name === 'InvalidPDFException') return unsupportedFile(`${fileName} is damaged: it is not a readable PDF file.`);
  return unsupportedFile(`${fileName} could not be read as a PDF: ${messageOf(error)}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Character maps for PDFs in CJK fonts, read from pdf.js's own package folder: without them
 * such text cannot be decoded. Left out if the package folder cannot be found (a bundle).
 */
function localCMaps(): { cMapUrl?: string; cMapPacked?: boolean } {
  try {
    const folder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: `${join(folder, 'cmaps')}/`, cMapPacked: true };
  } catch {
    return {};
  }
}
