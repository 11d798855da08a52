import { PDF_MARGINS_MM } from '../core/export/pdf';

/**
 * The desktop printer's decisions, kept apart from Electron so they can be tested: the
 * hidden window that prints an export runs no script, has no preload and lives in its own
 * in-memory session, and it may load exactly the page being printed and nothing else.
 */

/** No "persist:" prefix: the session lives in memory, so printing leaves nothing on disk. */
export const PRINT_PARTITION = 'parley-print';

export const PRINT_WINDOW_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  javascript: false,
  webSecurity: true,
  partition: PRINT_PARTITION,
} as const;

/** The export is self-contained: any request but for the page itself is refused. */
export function isPrintRequestAllowed(url: string, pages: ReadonlySet<string>): boolean {
  return pages.has(url);
}

/** Electron measures margins in inches. */
export const PRINT_MARGINS_INCHES = {
  top: PDF_MARGINS_MM.top / 25.4,
  right: PDF_MARGINS_MM.right / 25.4,
  bottom: PDF_MARGINS_MM.bottom / 25.4,
  left: PDF_MARGINS_MM.left / 25.4,
};
