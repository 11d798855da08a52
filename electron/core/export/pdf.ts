import { ParleyError } from '../../../shared/contract';

/** Prints a self-contained HTML page to PDF bytes. */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

// TODO(issue 6): print with the system Chromium through playwright-core.
export const printPdfWithChromium: PrintPdf = async () => {
  throw new ParleyError('unavailable', 'PDF export is not built yet.');
};
