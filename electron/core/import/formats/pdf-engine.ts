// pdf.js normally runs its parser in a Web Worker loaded from a file or URL. Importing the
// worker module here registers its message handler on globalThis, and pdf.js then runs it
// in this thread: no worker file to locate, no download, the same under tsx, vitest and a
// bundled app. The import order below is that contract.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
