import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintPdf } from '../core/export/pdf';
import { isPrintRequestAllowed, PRINT_MARGINS_INCHES, PRINT_PARTITION, PRINT_WINDOW_PREFERENCES } from './print-window';

/*
 * The desktop app prints PDF exports with its own Chromium: the export's HTML goes to a
 * temporary file (a data: URL would hit Chromium's URL length limit on a long source),
 * loads in a hidden window that runs no script and may fetch nothing else, and is printed.
 */

/** The file URLs being printed right now; the print session lets these through and nothing else. */
const pages = new Set<string>();
let guarded = false;

function printSession(): Electron.Session {
  const printing = session.fromPartition(PRINT_PARTITION);
  if (!guarded) {
    printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url, pages) }));
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.setPermissionCheckHandler(() => false);
    guarded = true;
  }
  return printing;
}

export const printPdfInWindow: PrintPdf = async (html) => {
  printSession();
  const folder = await mkdtemp(join(tmpdir(), 'parley-print-'));
  const file = join(folder, 'export.html');
  const url = pathToFileURL(file).href;
  await writeFile(file, html, 'utf8');
  pages.add(url);
  const window = new BrowserWindow({ show: false, webPreferences: PRINT_WINDOW_PREFERENCES });
  try {
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, margins: PRINT_MARGINS_INCHES });
    return new Uint8Array(pdf);
  } finally {
    pages.delete(url);
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
};
